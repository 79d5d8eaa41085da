package io.fabriclint.syntax;

import io.fabriclint.grammar.FabricLexer;
import io.fabriclint.grammar.FabricParser;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.util.ArrayList;
import java.util.List;

/** Parses `.fabric` text into a {@link SyntaxTree}. Never throws on bad input. */
public final class FabricSyntax {
    private FabricSyntax() {
    }

    public static SyntaxTree parse(String text) {
        LineMap lines = new LineMap(text);
        List<SyntaxError> errors = new ArrayList<>();
        if (text.length() > SourceLimits.MAX_FILE_BYTES) {
            return refused(text, SourceLimits.tooLarge(text.length()));
        }
        String lexed = maskLongLines(text, lines, errors);

        FabricLexer lexer = new FabricLexer(CharStreams.fromString(lexed));
        lexer.removeErrorListeners();
        CommonTokenStream stream = new CommonTokenStream(lexer);
        stream.fill();
        List<Token> all = stream.getTokens();
        List<SyntaxToken> tokens = new ArrayList<>(all.size());
        Token lastVisible = null;
        for (Token t : all) {
            if (t.getType() == Token.EOF) {
                break;
            }
            tokens.add(new SyntaxToken(kindOf(t), t.getText(), range(lines, t)));
            reportLexical(t, lines, errors, tokens);
            if (t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != FabricLexer.NL) {
                lastVisible = t;
            }
        }
        final Token lastReal = lastVisible;

        FabricParser parser = new FabricParser(stream);
        parser.removeErrorListeners();
        parser.setErrorHandler(new FriendlyErrorStrategy());
        parser.addErrorListener(new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int col,
                                    String msg, RecognitionException e) {
                Token t = (Token) offendingSymbol;
                SourceRange at = t == null ? SourceRange.EMPTY
                        : t.getType() == Token.EOF && lastReal != null ? range(lines, lastReal) : range(lines, t);
                errors.add(new SyntaxError(msg, at));
            }
        });
        FabricParser.FileContext file = parser.file();

        List<Declaration> declarations = new ArrayList<>();
        TreeBuilder builder = new TreeBuilder(lines);
        for (FabricParser.DeclarationContext d : file.declaration()) {
            Declaration built = builder.declaration(d);
            if (built != null) {
                declarations.add(built);
            }
        }
        errors.sort((a, b) -> Integer.compare(a.range().startOffset(), b.range().startOffset()));
        return new SyntaxTree(text, lines, List.copyOf(declarations), List.copyOf(tokens), List.copyOf(errors));
    }

    /**
     * A tree of no declarations and one error at the start: for text that is not read at all
     * (too large). The text is kept, so an editor can still hold and edit the document.
     */
    public static SyntaxTree refused(String text, String reason) {
        LineMap lines = new LineMap(text);
        return new SyntaxTree(text, lines, List.of(), List.of(),
                List.of(new SyntaxError(reason, lines.range(0, Math.min(1, lines.offset(Integer.MAX_VALUE, 0))))));
    }

    /**
     * Lines over {@link SourceLimits#MAX_LINE_CHARS} are lexed as blanks (one space per code point,
     * so every offset still matches the real text) and reported once each: a megabyte of one
     * line would otherwise cost hundreds of megabytes of tokens.
     */
    private static String maskLongLines(String text, LineMap lines, List<SyntaxError> errors) {
        if (text.length() <= SourceLimits.MAX_LINE_CHARS) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        int lineStart = 0;
        int n = text.length();
        for (int i = 0; i <= n; i++) {
            if (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                continue;
            }
            if (i - lineStart > SourceLimits.MAX_LINE_CHARS) {
                if (out == null) {
                    out = new StringBuilder(n);
                }
                out.append(text, copied, lineStart);
                // One blank per code point, so every offset still matches the real text.
                out.append(" ".repeat(text.codePointCount(lineStart, i)));
                copied = i;
                int start = text.codePointCount(0, lineStart);
                errors.add(new SyntaxError(String.format(java.util.Locale.ROOT,
                        "this line is %,d characters long; lines of over %,d characters are not read",
                        i - lineStart, SourceLimits.MAX_LINE_CHARS), lines.range(start, start + 1)));
            }
            lineStart = i + 1;
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, n).toString();
    }

    private static void reportLexical(Token t, LineMap lines, List<SyntaxError> errors, List<SyntaxToken> tokens) {
        switch (t.getType()) {
            case FabricLexer.UNTERMINATED_STRING ->
                    errors.add(new SyntaxError("unterminated string: the closing '\"' is missing on this line"
                            + (endsWithLoneBackslash(t.getText()) ? " (a '\\' at the end of a line does not continue a string)" : ""),
                            range(lines, t)));
            case FabricLexer.UNTERMINATED_COMMENT -> {
                SourceRange r = range(lines, t);
                // Point at the `/*` only: the rest of the file is the comment.
                errors.add(new SyntaxError("unterminated comment: this '/*' is never closed with '*/'",
                        lines.range(r.startOffset(), r.startOffset() + 2)));
            }
            case FabricLexer.UNEXPECTED_CHAR -> {
                SourceRange r = range(lines, t);
                SyntaxError previous = errors.isEmpty() ? null : errors.get(errors.size() - 1);
                if (previous != null && (previous.message().startsWith("unexpected character")
                        || previous.message().startsWith("bytes that are not"))
                        && previous.range().endOffset() == r.startOffset()) {
                    // One run of stray characters is one problem.
                    errors.set(errors.size() - 1, new SyntaxError(previous.message(), previous.range().to(r)));
                } else {
                    errors.add(new SyntaxError(t.getText().equals("\uFFFD")
                            ? "bytes that are not UTF-8 text" : "unexpected character '" + t.getText() + "'", r));
                }
            }
            default -> {
            }
        }
    }

    /** `"x\` (not `"x\\`): the author may have meant the backslash to continue the line. */
    private static boolean endsWithLoneBackslash(String text) {
        int n = 0;
        while (n < text.length() && text.charAt(text.length() - 1 - n) == '\\') {
            n++;
        }
        return n % 2 == 1;
    }

    private static SyntaxToken.Kind kindOf(Token t) {
        return switch (t.getType()) {
            case FabricLexer.IMPORT, FabricLexer.FABRIC, FabricLexer.MODULE, FabricLexer.RACK, FabricLexer.TIER,
                 FabricLexer.LINK, FabricLexer.PORT -> SyntaxToken.Kind.KEYWORD;
            case FabricLexer.IDENT -> SyntaxToken.Kind.NAME;
            case FabricLexer.NUMBER -> SyntaxToken.Kind.NUMBER;
            case FabricLexer.RATIO -> SyntaxToken.Kind.RATIO;
            case FabricLexer.STRING -> SyntaxToken.Kind.STRING;
            case FabricLexer.LINE_COMMENT -> SyntaxToken.Kind.LINE_COMMENT;
            case FabricLexer.BLOCK_COMMENT -> SyntaxToken.Kind.BLOCK_COMMENT;
            case FabricLexer.NL -> SyntaxToken.Kind.NEWLINE;
            case FabricLexer.WS -> SyntaxToken.Kind.WHITESPACE;
            case FabricLexer.UNTERMINATED_STRING, FabricLexer.UNTERMINATED_COMMENT, FabricLexer.UNEXPECTED_CHAR ->
                    SyntaxToken.Kind.ERROR;
            default -> SyntaxToken.Kind.PUNCTUATION;
        };
    }

    static SourceRange range(LineMap lines, Token t) {
        int start = t.getStartIndex();
        int stop = t.getStopIndex() + 1;
        if (start < 0) {
            return SourceRange.EMPTY;
        }
        return lines.range(start, Math.max(start, stop));
    }

    /** Turns ANTLR contexts into the syntax tree records. */
    private static final class TreeBuilder {
        private final LineMap lines;

        TreeBuilder(LineMap lines) {
            this.lines = lines;
        }

        Declaration declaration(FabricParser.DeclarationContext d) {
            if (d instanceof FabricParser.ImportDeclarationContext i) {
                Token path = i.STRING() != null ? i.STRING().getSymbol()
                        : i.UNTERMINATED_STRING() != null ? i.UNTERMINATED_STRING().getSymbol() : null;
                if (path == null || path.getTokenIndex() < 0) {
                    return null;
                }
                boolean terminated = path.getType() == FabricLexer.STRING;
                return new Declaration.Import(unquote(path.getText(), terminated), terminated, range(lines, path),
                        range(lines, i.IMPORT().getSymbol()), rangeOf(i));
            }
            if (d instanceof FabricParser.NamedDeclarationContext n) {
                DeclarationKind kind = DeclarationKind.ofKeyword(n.keyword.getText());
                Block block = block(n.block());
                return new Declaration.Block(kind, name(n.name()), block.properties, block.closed,
                        range(lines, n.keyword), rangeOf(n));
            }
            if (d instanceof FabricParser.LinkDeclarationContext l) {
                List<FabricParser.EndpointContext> ends = l.endpoint();
                Endpoint source = ends.size() > 0 ? endpoint(ends.get(0)) : null;
                Endpoint target = ends.size() > 1 ? endpoint(ends.get(1)) : null;
                Block block = block(l.block());
                return new Declaration.Link(source, target, block.properties, block.closed,
                        range(lines, l.LINK().getSymbol()), rangeOf(l));
            }
            return null;
        }

        private record Block(List<Property> properties, boolean closed) {
        }

        private Block block(FabricParser.BlockContext b) {
            if (b == null) {
                return new Block(List.of(), false);
            }
            List<Property> properties = new ArrayList<>();
            for (FabricParser.PropertyContext p : b.property()) {
                Name name = name(p.name());
                if (name == null) {
                    continue;
                }
                List<Value> values = new ArrayList<>();
                for (FabricParser.ValueContext v : p.value()) {
                    Value value = value(v);
                    if (value != null) {
                        values.add(value);
                    }
                }
                SourceRange r = values.isEmpty() ? name.range() : name.range().to(values.get(values.size() - 1).range());
                properties.add(new Property(name, List.copyOf(values), r));
            }
            TerminalNode close = b.RBRACE();
            boolean closed = close != null && close.getSymbol().getTokenIndex() >= 0;
            return new Block(List.copyOf(properties), closed);
        }

        private Endpoint endpoint(FabricParser.EndpointContext e) {
            Name tier = name(e.tier);
            Name port = name(e.port);
            if (tier == null || port == null) {
                return null;
            }
            return new Endpoint(tier, port, tier.range().to(port.range()));
        }

        private Name name(FabricParser.NameContext n) {
            if (n == null || n.exception != null || n.getStart() == null || n.getStart().getTokenIndex() < 0
                    || n.getChildCount() == 0) {
                return null;
            }
            // Use the matched token itself: a deleted extraneous token may sit beside it as an error node.
            for (int i = 0; i < n.getChildCount(); i++) {
                if (n.getChild(i) instanceof TerminalNode terminal && !(terminal instanceof ErrorNode)
                        && terminal.getSymbol().getTokenIndex() >= 0) {
                    Token token = terminal.getSymbol();
                    return new Name(token.getText(), range(lines, token));
                }
            }
            return null;
        }

        private Value value(FabricParser.ValueContext v) {
            if (v instanceof FabricParser.AtomValueContext a) {
                return atom(a.atom());
            }
            if (v instanceof FabricParser.ListValueContext list) {
                List<Value> items = new ArrayList<>();
                for (FabricParser.AtomContext item : list.atom()) {
                    Value iv = atom(item);
                    if (iv != null && !(iv instanceof Value.Punct)) {
                        items.add(iv);
                    }
                }
                return new Value.ListValue(textOf(v), List.copyOf(items), rangeOf(v));
            }
            return null;
        }

        private Value atom(FabricParser.AtomContext v) {
            if (v == null || (v.exception != null && v.getChildCount() == 0)) {
                return null;
            }
            SourceRange r = rangeOf(v);
            if (v instanceof FabricParser.WordValueContext w) {
                Name n = name(w.name());
                return n == null ? null : new Value.Word(n.text(), n.range());
            }
            if (v instanceof FabricParser.NumberValueContext) {
                return new Value.Number(v.getText(), r);
            }
            if (v instanceof FabricParser.RatioValueContext) {
                return new Value.Ratio(v.getText(), r);
            }
            if (v instanceof FabricParser.StringValueContext s) {
                boolean terminated = s.STRING() != null;
                return new Value.Str(v.getText(), unquote(v.getText(), terminated), terminated, r);
            }
            return new Value.Punct(v.getText(), r);
        }

        private String textOf(ParserRuleContext ctx) {
            Token start = ctx.getStart();
            Token stop = ctx.getStop();
            if (start == null || stop == null || stop.getStopIndex() < start.getStartIndex()) {
                return "";
            }
            return start.getInputStream().getText(
                    org.antlr.v4.runtime.misc.Interval.of(start.getStartIndex(), stop.getStopIndex()));
        }

        private SourceRange rangeOf(ParserRuleContext ctx) {
            Token start = ctx.getStart();
            Token stop = ctx.getStop();
            if (start == null || start.getStartIndex() < 0) {
                return SourceRange.EMPTY;
            }
            if (stop == null || stop.getStopIndex() < start.getStartIndex() || stop.getTokenIndex() < 0) {
                return range(lines, start);
            }
            // A block whose `}` is missing ends at its last real token, not at the next declaration.
            return lines.range(start.getStartIndex(), stop.getStopIndex() + 1);
        }
    }

    /** Strips the quotes and resolves `\"` and `\\`. */
    static String unquote(String raw, boolean terminated) {
        String body = raw.length() >= 1 ? raw.substring(1, terminated ? Math.max(1, raw.length() - 1) : raw.length())
                : "";
        StringBuilder out = new StringBuilder(body.length());
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                out.append(body.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
