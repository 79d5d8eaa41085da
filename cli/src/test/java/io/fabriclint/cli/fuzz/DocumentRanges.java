package io.fabriclint.cli.fuzz;

import io.fabriclint.analyzer.editor.Span;
import io.fabriclint.syntax.SourceRange;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of one document as an editor sees them (a line ends at `\r\n`,
 * `\n` or `\r`), counted independently of the project's own line map, and the
 * check that a range lies inside the document: lines that exist, columns
 * (code points) no further than the end of their line's text, start before
 * end. A column past the end of the text would land between the `\r` and the
 * `\n` of a CRLF, or in the next line.
 */
final class DocumentRanges {
    private final String name;
    private final int[] codePoints;
    /** Offset (code points) where each line starts, and where its text ends (before the line break). */
    private final List<int[]> lines = new ArrayList<>();

    DocumentRanges(String name, String text) {
        this.name = name;
        this.codePoints = text.codePoints().toArray();
        int start = 0;
        for (int k = 0; k < codePoints.length; k++) {
            int c = codePoints[k];
            if (c == '\n' || c == '\r') {
                lines.add(new int[]{start, k});
                if (c == '\r' && k + 1 < codePoints.length && codePoints[k + 1] == '\n') {
                    k++;
                }
                start = k + 1;
            }
        }
        lines.add(new int[]{start, codePoints.length});
    }

    int lineCount() {
        return lines.size();
    }

    /** Code points of a line's text, line break excluded. */
    int lineLength(int line) {
        return lines.get(line)[1] - lines.get(line)[0];
    }

    int length() {
        return codePoints.length;
    }

    void check(String what, Span s) {
        if (s == null) {
            return;
        }
        position(what, s, s.startLine(), s.startColumn());
        position(what, s, s.endLine(), s.endColumn());
        if (s.startLine() > s.endLine() || s.startLine() == s.endLine() && s.startColumn() > s.endColumn()) {
            fail(what, s, "ends before it starts");
        }
    }

    void check(String what, SourceRange r) {
        if (r == null) {
            return;
        }
        check(what, new Span(r.startLine(), r.startColumn(), r.endLine(), r.endColumn()));
        for (int[] end : new int[][]{{r.startOffset(), r.startLine(), r.startColumn()},
            {r.endOffset(), r.endLine(), r.endColumn()}}) {
            int line = end[1];
            if (end[0] != lines.get(line)[0] + end[2]) {
                fail(what, r, "offset " + end[0] + " is not line " + line + " column " + end[2]);
            }
        }
    }

    void checkLine(String what, int line) {
        if (line < 0 || line >= lines.size()) {
            throw new AssertionError(what + " in " + name + ": line " + line + " is outside a document of "
                    + lines.size() + " lines");
        }
    }

    private void position(String what, Object range, int line, int column) {
        if (line < 0 || line >= lines.size()) {
            fail(what, range, "line " + line + " is outside a document of " + lines.size() + " lines");
        }
        if (column < 0 || column > lineLength(line)) {
            boolean crlf = column == lineLength(line) + 1 && lines.get(line)[1] + 1 < codePoints.length
                    && codePoints[lines.get(line)[1]] == '\r' && codePoints[lines.get(line)[1] + 1] == '\n';
            fail(what, range, "column " + column + " is outside line " + line + " of " + lineLength(line)
                    + " code points" + (crlf ? " (between the \\r and \\n of a CRLF)" : ""));
        }
    }

    private void fail(String what, Object range, String why) {
        throw new AssertionError(what + " range " + range + " in " + name + ": " + why);
    }
}
