package io.fabriclint.syntax;

/**
 * A span of source text. Lines and columns are 0-based and count Unicode code
 * points (the CLI adds 1; the language server converts columns to UTF-16).
 * Offsets are code-point indexes into the file, end exclusive.
 */
public record SourceRange(int startOffset, int endOffset,
                          int startLine, int startColumn,
                          int endLine, int endColumn) {

    public static final SourceRange EMPTY = new SourceRange(0, 0, 0, 0, 0, 0);

    /** The smallest range covering both. */
    public SourceRange to(SourceRange other) {
        SourceRange first = startOffset <= other.startOffset ? this : other;
        SourceRange last = endOffset >= other.endOffset ? this : other;
        return new SourceRange(first.startOffset, last.endOffset, first.startLine, first.startColumn,
                last.endLine, last.endColumn);
    }

    public boolean contains(int line, int column) {
        if (line < startLine || line > endLine) {
            return false;
        }
        if (line == startLine && column < startColumn) {
            return false;
        }
        return line != endLine || column <= endColumn;
    }

    @Override
    public String toString() {
        return (startLine + 1) + ":" + (startColumn + 1) + "-" + (endLine + 1) + ":" + (endColumn + 1);
    }
}
