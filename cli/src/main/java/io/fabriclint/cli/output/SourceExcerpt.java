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
    public static void print(PrintWriter out, Source source, SourceRange r, String colour) {
        if (r.startLine() >= source.lines.lineCount()) {
            return;
        }
        String line = source.line(r.startLine()).replaceAll("[\\r\\n]+$", "").replace('\t', ' ');
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

    /**
     * A file's text and lines, for excerpts of many of its lines: where each line starts in the
     * text's chars is worked out once, in one pass, so a thousand diagnostics in a long file do not
     * each count code points from its start.
     */
    public static final class Source {
        private final String text;
        private final LineMap lines;
        private int[] lineChars;

        public Source(String text, LineMap lines) {
            this.text = text;
            this.lines = lines;
        }

        /** Line {@code line}, its line break included. */
        String line(int line) {
            if (lineChars == null) {
                lineChars = new int[lines.lineCount() + 1];
                int ch = 0;
                int cp = 0;
                for (int l = 0; l < lines.lineCount(); l++) {
                    ch = text.offsetByCodePoints(ch, Math.max(0, lines.lineStart(l) - cp));
                    cp = lines.lineStart(l);
                    lineChars[l] = ch;
                }
                lineChars[lines.lineCount()] = text.length();
            }
            return text.substring(lineChars[line], lineChars[line + 1]);
        }
    }
}
