package io.fabriclint.syntax;

import io.fabriclint.grammar.FabricLexer;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;

import java.util.List;

/**
 * Stands between the lexer and the parser: keeps every token in compact form
 * (for {@link SyntaxTokens}), reports lexical errors as it meets them, and
 * hands the parser only the tokens of the default channel. The parser reads
 * through an unbuffered stream, so no token object outlives the parse of the
 * declaration it belongs to.
 */
final class TokenRecorder implements TokenSource {
    private final FabricLexer lexer;
    private final int base;
    private final LineMap lines;
    private final List<SyntaxError> errors;
    private final SyntaxTokens.Builder tokens;
    private Token lastVisible;

    /**
     * @param base   where the lexer's text starts in the file, in code points
     * @param errors the lexical errors so far; the recorder adds to them
     */
    TokenRecorder(FabricLexer lexer, int base, LineMap lines, List<SyntaxError> errors) {
        this.lexer = lexer;
        this.base = base;
        this.lines = lines;
        lexer.setTokenFactory(new HiddenTokenReuse());
        this.errors = errors;
        // About one token for every three characters of a typical file.
        this.tokens = new SyntaxTokens.Builder(lexer.getInputStream().size() / 3);
    }

    SyntaxTokens.Builder tokens() {
        return tokens;
    }

    /** The last token of the default channel that is not a line break: where "end of file" errors point. */
    Token lastVisible() {
        return lastVisible;
    }

    @Override
    public Token nextToken() {
        while (true) {
            Token t = lexer.nextToken();
            if (t.getType() == Token.EOF) {
                return t;
            }
            int start = t.getStartIndex();
            int end = Math.max(start, t.getStopIndex() + 1);
            tokens.add(kindOf(t.getType()), base + start, base + end);
            reportLexical(t);
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                if (t.getType() != FabricLexer.NL) {
                    lastVisible = t;
                }
                return t;
            }
        }
    }

    private SourceRange range(Token t) {
        int start = t.getStartIndex();
        return start < 0 ? SourceRange.EMPTY : lines.range(base + start, base + Math.max(start, t.getStopIndex() + 1));
    }

    private void reportLexical(Token t) {
        switch (t.getType()) {
            case FabricLexer.UNTERMINATED_STRING ->
                    errors.add(new SyntaxError("unterminated string: the closing '\"' is missing on this line"
                            + (endsWithLoneBackslash(t.getText()) ? " (a '\\' at the end of a line does not continue a string)" : ""),
                            range(t)));
            case FabricLexer.UNTERMINATED_COMMENT -> {
                SourceRange r = range(t);
                // Point at the `/*` only: the rest of the file is the comment.
                errors.add(new SyntaxError("unterminated comment: this '/*' is never closed with '*/'",
                        lines.range(r.startOffset(), r.startOffset() + 2)));
            }
            case FabricLexer.UNEXPECTED_CHAR -> {
                SourceRange r = range(t);
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

    static SyntaxToken.Kind kindOf(int type) {
        return switch (type) {
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

    @Override
    public int getLine() {
        return lexer.getLine();
    }

    @Override
    public int getCharPositionInLine() {
        return lexer.getCharPositionInLine();
    }

    @Override
    public CharStream getInputStream() {
        return lexer.getInputStream();
    }

    @Override
    public String getSourceName() {
        return lexer.getSourceName();
    }

    @Override
    public void setTokenFactory(TokenFactory<?> factory) {
        lexer.setTokenFactory(factory);
    }

    @Override
    public TokenFactory<?> getTokenFactory() {
        return lexer.getTokenFactory();
    }
}
