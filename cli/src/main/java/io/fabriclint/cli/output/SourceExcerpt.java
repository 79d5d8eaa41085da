package io.fabriclint.cli.output;

import io.fabriclint.syntax.LineMap;
import io.fabriclint.syntax.SourceRange;

import java.io.PrintWriter;

/** The source line of a range with a caret line under it, as text output shows under each diagnostic. */
public final class SourceExcerpt {
    private static final String RESET = "\u001b[0m";
    /** Longer lines are shown as a window of this many code points around the range. */
    private static final int MAX_WIDTH = 200;
    private static final int CONTEXT = 40;

    private SourceExcerpt() {
    }

    /**
     * Prints ` 12 | the line` and ` ... | ^^^^` under it (the first line of a
     * multi-line range). {@code colour} is an ANSI colour for the carets, or null.
     */
    public static void print(PrintWriter out, String text, LineMap lines, SourceRange r, String colour) {
        if (r.startLine() >= lines.lineCount()) {
            return;
        }
        int start = lines.lineStart(r.startLine());
        int end = r.startLine() + 1 < lines.lineCount() ? lines.lineStart(r.startLine() + 1) : Integer.MAX_VALUE;
        String line = codePoints(text, start, end).replaceAll("[\\r\\n]+$", "").replace('\t', ' ');
        int length = line.codePointCount(0, line.length());
        int caretStart = r.startColumn();
        int caretEnd = r.endLine() == r.startLine() ? r.endColumn() : length;
        if (length > MAX_WIDTH) {
            // A window of the line around the range, so a huge line does not flood the terminal.
            int from = Math.max(0, Math.min(caretStart - CONTEXT, length - MAX_WIDTH));
            int to = Math.min(length, from + MAX_WIDTH);
            String window = line.substring(line.offsetByCodePoints(0, from), line.offsetByCodePoints(0, to));
            line = (from > 0 ? "…" : "") + window + (to < length ? "…" : "");
            int shift = from - (from > 0 ? 1 : 0);
            caretStart -= shift;
            caretEnd = Math.min(caretEnd, to) - shift;
        }
        String number = String.valueOf(r.startLine() + 1);
        String gutter = " ".repeat(number.length());
        out.println(" " + number + " | " + line);
        int width = Math.max(1, caretEnd - caretStart);
        String carets = " ".repeat(Math.max(0, caretStart)) + "^".repeat(width);
        out.println(" " + gutter + " | " + (colour == null ? carets : colour + carets + RESET));
    }

    /** The text between two code-point offsets. */
    private static String codePoints(String text, int start, int end) {
        int total = text.codePointCount(0, text.length());
        if (total == text.length()) {
            return text.substring(Math.min(start, text.length()), Math.min(end, text.length()));
        }
        int from = text.offsetByCodePoints(0, Math.min(start, total));
        int to = end >= total ? text.length() : text.offsetByCodePoints(0, end);
        return text.substring(from, to);
    }
}
