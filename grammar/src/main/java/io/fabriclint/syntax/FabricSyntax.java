package io.fabriclint.syntax;

import io.fabriclint.grammar.FabricLexer;
import io.fabriclint.grammar.FabricParser;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CodePointCharStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.UnbufferedTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTreeListener;
import org.antlr.v4.runtime.tree.TerminalNode;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses `.fabric` text into a {@link SyntaxTree}. Never throws on bad input.
 *
 * <p>ANTLR's two-stage pattern: the file is first parsed with SLL prediction
 * and no error recovery, which is fast and enough for any file without a
 * syntax error; only when that fails is it parsed again with full LL
 * prediction and the error recovery whose messages the user sees. Either way
 * each declaration is turned into its record as soon as it is parsed and its
 * parse tree dropped, and tokens are kept compactly ({@link SyntaxTokens}), so
 * memory grows with what the tree holds, not with ANTLR's objects.
 */
public final class FabricSyntax {
    private FabricSyntax() {
    }

    /** Texts at least this long are parsed in parts on several cores when they can be (see {@link #inParts}). */
    static final int PART_CHARS = 1 << 20;

    public static SyntaxTree parse(String text) {
        return parse(text, PART_CHARS);
    }

    /** {@link #parse(String)}, with parts of about {@code partChars} characters for long texts (tests use small ones). */
    static SyntaxTree parse(String text, int partChars) {
        if (text.length() > SourceLimits.MAX_FILE_BYTES) {
            return refused(text, SourceLimits.tooLarge(text.length()));
        }
        LineMap lines = new LineMap(text);
        List<SyntaxError> longLines = new ArrayList<>();
        String lexed = maskLongLines(text, lines, longLines);
        if (lexed.length() >= 2L * partChars && longLines.isEmpty()) {
            SyntaxTree tree = inParts(text, lines, partChars);
            if (tree != null) {
                return tree;
            }
        }
        CodePointCharStream chars = CharStreams.fromString(lexed);
        Pass pass = new Pass(chars, 0, lines, longLines);
        if (!pass.run(false)) {
            chars.seek(0);
            pass = new Pass(chars, 0, lines, longLines);
            pass.run(true);
        }
        List<SyntaxError> errors = pass.lexicalErrors;
        errors.addAll(pass.parseErrors);
        errors.sort((a, b) -> Integer.compare(a.range().startOffset(), b.range().startOffset()));
        return new SyntaxTree(text, lines, List.copyOf(pass.declarations),
                pass.recorder.tokens().buildLexed(lexed, lines), List.copyOf(errors));
    }

    /**
     * A long text cut at lines that start a declaration and the parts parsed in parallel,
     * or null when a part has any error (the whole text is then parsed at once, as errors
     * and their recovery may depend on what comes before). The grammar is a flat list of
     * declarations and no token crosses a line break that a declaration follows, except a
     * block comment, which a part ending inside it reports as unterminated: so parts
     * without errors give exactly the tree of the whole.
     */
    static SyntaxTree inParts(String text, LineMap lines, int partChars) {
        List<Integer> cuts = new ArrayList<>();
        cuts.add(0);
        for (int at = partChars; at < text.length(); ) {
            int cut = declarationLineAfter(text, at);
            if (cut < 0 || text.length() - cut < partChars / 2) {
                break;
            }
            cuts.add(cut);
            at = cut + partChars;
        }
        cuts.add(text.length());
        if (cuts.size() < 3) {
            return null;
        }
        boolean codePointsAreChars = text.length() == lines.length();
        List<Pass> parts = java.util.stream.IntStream.range(0, cuts.size() - 1).parallel().mapToObj(i -> {
            int from = cuts.get(i);
            int base = codePointsAreChars ? from : text.codePointCount(0, from);
            Pass pass = new Pass(CharStreams.fromString(text.substring(from, cuts.get(i + 1))), base, lines, List.of());
            return pass.run(false) && pass.lexicalErrors.isEmpty() ? pass : null;
        }).toList();
        List<Declaration> declarations = new ArrayList<>();
        SyntaxTokens.Builder tokens = new SyntaxTokens.Builder(0);
        for (Pass part : parts) {
            if (part == null) {
                return null;
            }
            declarations.addAll(part.declarations);
            tokens.add(part.recorder.tokens());
        }
        return new SyntaxTree(text, lines, List.copyOf(declarations), tokens.buildLexed(text, lines), List.of());
    }

    private static final String[] KEYWORDS = {"fabric ", "module ", "rack ", "tier ", "link ", "import ", "import\""};

    /** The first line at or after {@code from} that starts with a declaration keyword; -1 when none does. */
    private static int declarationLineAfter(String text, int from) {
        for (int nl = text.indexOf('\n', from - 1); nl >= 0 && nl + 1 < text.length(); nl = text.indexOf('\n', nl + 1)) {
            for (String keyword : KEYWORDS) {
                if (text.startsWith(keyword, nl + 1)) {
                    return nl + 1;
                }
            }
        }
        return -1;
    }

    /**
     * A tree of no declarations and one error at the start: for text that is not read at all
     * (too large). The text is kept, so an editor can still hold and edit the document.
     */
    public static SyntaxTree refused(String text, String reason) {
        LineMap lines = new LineMap(text);
        return new SyntaxTree(text, lines, List.of(), SyntaxTokens.none(text, lines),
                List.of(new SyntaxError(reason, lines.range(0, Math.min(1, lines.length())))));
    }

    /**
     * One parse of a text (the file, or a part of it that starts {@code base} code points
     * into the file), SLL without recovery or LL with it.
     */
    private static final class Pass {
        final TokenRecorder recorder;
        final List<SyntaxError> lexicalErrors;
        final List<SyntaxError> parseErrors = new ArrayList<>();
        final List<Declaration> declarations = new ArrayList<>();
        private final LineMap lines;
        private final int base;
        private final FabricParser parser;

        Pass(CodePointCharStream chars, int base, LineMap lines, List<SyntaxError> longLines) {
            this.lines = lines;
            this.base = base;
            this.lexicalErrors = new ArrayList<>(longLines);
            FabricLexer lexer = new FabricLexer(chars);
            lexer.removeErrorListeners();
            recorder = new TokenRecorder(lexer, base, lines, lexicalErrors);
            parser = new FabricParser(new UnbufferedTokenStream<>(recorder));
            parser.removeErrorListeners();
        }

        /** False when SLL without recovery met a syntax error (then the LL pass is needed). */
        boolean run(boolean recover) {
            DeclarationBuilder builder = new DeclarationBuilder(lines, base);
            parser.addParseListener(new Streaming(builder, declarations));
            if (!recover) {
                parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
                parser.setErrorHandler(new BailErrorStrategy());
                try {
                    parser.file();
                    return true;
                } catch (ParseCancellationException e) {
                    return false;
                }
            }
            parser.setInterpreter(new ValueLoopPrediction(parser, parser.getInterpreter()));
            parser.getInterpreter().setPredictionMode(PredictionMode.LL);
            parser.setErrorHandler(new FriendlyErrorStrategy());
            parser.addErrorListener(new BaseErrorListener() {
                @Override
                public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int col,
                                        String msg, RecognitionException e) {
                    Token t = (Token) offendingSymbol;
                    Token lastReal = recorder.lastVisible();
                    SourceRange at = t == null ? SourceRange.EMPTY
                            : t.getType() == Token.EOF && lastReal != null ? range(lines, lastReal) : range(lines, t);
                    parseErrors.add(new SyntaxError(msg, at));
                }
            });
            parser.file();
            return true;
        }
    }

    /**
     * Turns each top-level declaration into its record as the parser leaves it,
     * and drops its parse tree (and the file level's line breaks) from the file's.
     */
    private record Streaming(DeclarationBuilder builder, List<Declaration> out) implements ParseTreeListener {
        @Override
        public void exitEveryRule(ParserRuleContext ctx) {
            if (ctx instanceof FabricParser.DeclarationContext d && d.getParent() instanceof FabricParser.FileContext file) {
                Declaration built = builder.declaration(d);
                if (built != null) {
                    out.add(built);
                }
                file.removeLastChild();
            }
        }

        @Override
        public void visitTerminal(TerminalNode node) {
            dropAtFileLevel(node);
        }

        @Override
        public void visitErrorNode(ErrorNode node) {
            dropAtFileLevel(node);
        }

        private static void dropAtFileLevel(TerminalNode node) {
            if (node.getParent() instanceof FabricParser.FileContext file) {
                file.removeLastChild();
            }
        }

        @Override
        public void enterEveryRule(ParserRuleContext ctx) {
        }
    }

    /** The text as the lexer sees it: lines over the length limit blanked (see {@link #maskLongLines}). */
    static String asLexed(String text, LineMap lines) {
        return maskLongLines(text, lines, new ArrayList<>());
    }

    /**
     * Lines over {@link SourceLimits#MAX_LINE_CHARS} are lexed as blanks (one space per code point,
     * so every offset still matches the real text) and reported once each: a megabyte of one
     * line would otherwise cost hundreds of megabytes of tokens.
     */
    private static String maskLongLines(String text, LineMap lines, List<SyntaxError> errors) {
        if (text.length() <= SourceLimits.MAX_LINE_CHARS || !hasLongLine(text)) {
            return text;
        }
        StringBuilder out = null;
        int copied = 0;
        int lineStart = 0;
        int counted = 0;
        int codePointsBefore = 0; // code points before `counted`
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
                codePointsBefore += text.codePointCount(counted, lineStart);
                counted = lineStart;
                int start = codePointsBefore;
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

    /**
     * Whether some stretch between line feeds is over the limit: a quick look that jumps from one
     * `\n` to the next (this runs on every edit in the editor). A lone `\r` only shortens lines,
     * so when no stretch is too long, no line is.
     */
    private static boolean hasLongLine(String text) {
        int from = 0;
        for (int nl = text.indexOf('\n'); ; nl = text.indexOf('\n', from)) {
            int end = nl < 0 ? text.length() : nl;
            if (end - from > SourceLimits.MAX_LINE_CHARS) {
                return true;
            }
            if (nl < 0) {
                return false;
            }
            from = nl + 1;
        }
    }

    static SourceRange range(LineMap lines, Token t) {
        int start = t.getStartIndex();
        int stop = t.getStopIndex() + 1;
        if (start < 0) {
            return SourceRange.EMPTY;
        }
        return lines.range(start, Math.max(start, stop));
    }
}
