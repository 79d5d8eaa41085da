package io.fabriclint.syntax;

/** One token of the file, comments, line breaks and errors included (for the formatter and editor). */
public record SyntaxToken(Kind kind, String text, SourceRange range) {
    public enum Kind {
        KEYWORD, NAME, NUMBER, RATIO, STRING, PUNCTUATION, LINE_COMMENT, BLOCK_COMMENT, NEWLINE, WHITESPACE, ERROR
    }

    public boolean isComment() {
        return kind == Kind.LINE_COMMENT || kind == Kind.BLOCK_COMMENT;
    }
}
