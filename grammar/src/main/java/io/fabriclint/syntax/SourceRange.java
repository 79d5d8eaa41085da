package io.fabriclint.syntax;

/**
 * A span of source text. Lines and columns are 0-based and count Unicode code
 * points (the CLI adds 1; the language server converts columns to UTF-16).
 * Offsets are code-point indexes into the file, end exclusive.
 *
 * <p>A range made by a {@link LineMap} keeps only its offsets and the map, and
 * works out lines and columns when asked: a parsed file holds millions of
 * ranges, few of which are ever shown. Either kind equals the other when the
 * six numbers are equal.
 */
public final class SourceRange {
    public static final SourceRange EMPTY = new SourceRange(0, 0, 0, 0, 0, 0);

    private final int startOffset;
    private final int endOffset;
    /** The {@link LineMap} the lines and columns are read from, or the {@link Fixed} ones given. */
    private final Object position;

    private record Fixed(int startLine, int startColumn, int endLine, int endColumn) {
    }

    public SourceRange(int startOffset, int endOffset, int startLine, int startColumn, int endLine, int endColumn) {
        this.startOffset = startOffset;
        this.endOffset = endOffset;
        this.position = new Fixed(startLine, startColumn, endLine, endColumn);
    }

    SourceRange(int startOffset, int endOffset, LineMap lines) {
        this.startOffset = startOffset;
        this.endOffset = endOffset;
        this.position = lines;
    }

    public int startOffset() {
        return startOffset;
    }

    public int endOffset() {
        return endOffset;
    }

    public int startLine() {
        return position instanceof LineMap lines ? lines.line(startOffset) : ((Fixed) position).startLine();
    }

    public int startColumn() {
        return position instanceof LineMap lines ? lines.column(startOffset) : ((Fixed) position).startColumn();
    }

    public int endLine() {
        return position instanceof LineMap lines ? lines.line(endOffset) : ((Fixed) position).endLine();
    }

    public int endColumn() {
        return position instanceof LineMap lines ? lines.column(endOffset) : ((Fixed) position).endColumn();
    }

    /** The smallest range covering both. */
    public SourceRange to(SourceRange other) {
        SourceRange first = startOffset <= other.startOffset ? this : other;
        SourceRange last = endOffset >= other.endOffset ? this : other;
        if (first.position == last.position && first.position instanceof LineMap lines) {
            return new SourceRange(first.startOffset, last.endOffset, lines);
        }
        return new SourceRange(first.startOffset, last.endOffset, first.startLine(), first.startColumn(),
                last.endLine(), last.endColumn());
    }

    public boolean contains(int line, int column) {
        int startLine = startLine();
        int endLine = endLine();
        if (line < startLine || line > endLine) {
            return false;
        }
        if (line == startLine && column < startColumn()) {
            return false;
        }
        return line != endLine || column <= endColumn();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof SourceRange r && startOffset == r.startOffset && endOffset == r.endOffset
                && startLine() == r.startLine() && startColumn() == r.startColumn()
                && endLine() == r.endLine() && endColumn() == r.endColumn();
    }

    @Override
    public int hashCode() {
        int h = startOffset;
        for (int v : new int[]{endOffset, startLine(), startColumn(), endLine(), endColumn()}) {
            h = 31 * h + v;
        }
        return h;
    }

    @Override
    public String toString() {
        return (startLine() + 1) + ":" + (startColumn() + 1) + "-" + (endLine() + 1) + ":" + (endColumn() + 1);
    }
}
