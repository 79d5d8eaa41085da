package io.fabriclint.syntax;

import java.util.Arrays;

/** Maps code-point offsets of one text to lines and columns, and back. */
public final class LineMap {
    private final int[] lineStarts;
    private final int length;

    public LineMap(String text) {
        int[] starts = new int[16];
        int count = 1;
        int offset = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            offset++;
            boolean lineBreak = cp == '\n' || (cp == '\r' && (i >= text.length() || text.charAt(i) != '\n'));
            if (lineBreak) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = offset;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
        this.length = offset;
    }

    public int lineCount() {
        return lineStarts.length;
    }

    public int line(int offset) {
        int i = Arrays.binarySearch(lineStarts, Math.max(0, Math.min(offset, length)));
        return i >= 0 ? i : -i - 2;
    }

    public int column(int offset) {
        return offset - lineStarts[line(offset)];
    }

    /** Offset of a line and column, clamped to the text. */
    public int offset(int line, int column) {
        if (line < 0) {
            return 0;
        }
        if (line >= lineStarts.length) {
            return length;
        }
        int lineEnd = line + 1 < lineStarts.length ? lineStarts[line + 1] : length;
        return Math.min(lineStarts[line] + Math.max(0, column), lineEnd);
    }

    public int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length - 1))];
    }

    public SourceRange range(int startOffset, int endOffset) {
        return new SourceRange(startOffset, endOffset, line(startOffset), column(startOffset),
                line(endOffset), column(endOffset));
    }
}
