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

    private LineMap(int[] lineStarts, int length) {
        this.lineStarts = lineStarts;
        this.length = length;
    }

    /**
     * The line map of a text made by replacing code points {@code [start, end)} of this
     * map's text with {@code inserted}: the line starts before the edit are kept, those
     * after it shifted, so an edit costs the size of the array, not of the text.
     */
    public LineMap edited(int start, int end, String inserted) {
        int insertedLength = inserted.codePointCount(0, inserted.length());
        int delta = insertedLength - (end - start);
        int[] added = new LineMap(inserted).lineStarts;
        // Line starts strictly inside (start, end] are gone; a \r\n split or joined by the edit needs a rescan.
        int keepBefore = 0;
        while (keepBefore < lineStarts.length && lineStarts[keepBefore] <= start) {
            keepBefore++;
        }
        int resume = keepBefore;
        while (resume < lineStarts.length && lineStarts[resume] <= end) {
            resume++;
        }
        int[] out = new int[keepBefore + added.length - 1 + (lineStarts.length - resume)];
        System.arraycopy(lineStarts, 0, out, 0, keepBefore);
        for (int i = 1; i < added.length; i++) {
            out[keepBefore + i - 1] = start + added[i];
        }
        for (int i = resume; i < lineStarts.length; i++) {
            out[keepBefore + added.length - 1 + i - resume] = lineStarts[i] + delta;
        }
        return new LineMap(out, length + delta);
    }

    /** The length of the text in code points. */
    public int length() {
        return length;
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

    /** A range of this text; its lines and columns are worked out from this map when asked for. */
    public SourceRange range(int startOffset, int endOffset) {
        return new SourceRange(startOffset, endOffset, this);
    }
}
