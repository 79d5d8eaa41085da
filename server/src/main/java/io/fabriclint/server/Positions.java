package io.fabriclint.server;

import io.fabriclint.analyzer.editor.Span;
import io.fabriclint.syntax.LineMap;
import io.fabriclint.syntax.SyntaxTree;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

/**
 * The one place where LSP positions (UTF-16 code units) meet the analyzer's
 * (code points). For a text without characters outside the BMP, the two agree
 * and nothing is computed; otherwise each line's start is indexed once per tree.
 */
final class Positions {
    private final SyntaxTree tree;
    private final boolean simple;
    private int[] lineStartChars;

    private Positions(SyntaxTree tree) {
        this.tree = tree;
        String text = tree.text();
        boolean surrogates = false;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                surrogates = true;
                break;
            }
        }
        this.simple = !surrogates;
    }

    /** The converters of the last few trees (by identity); old trees are not kept alive any longer. */
    private static final Positions[] RECENT = new Positions[4];
    private static int next;

    /** The converter for a tree (cached per tree instance). */
    static Positions of(SyntaxTree tree) {
        synchronized (RECENT) {
            for (Positions p : RECENT) {
                if (p != null && p.tree == tree) {
                    return p;
                }
            }
            Positions p = new Positions(tree);
            RECENT[next] = p;
            next = (next + 1) % RECENT.length;
            return p;
        }
    }

    int lineCount() {
        return tree.lines().lineCount();
    }

    boolean validLine(int line) {
        return line >= 0 && line < lineCount();
    }

    /** Code-point column of an LSP character on a line; past the end of the line it is the end (as LSP says). */
    int column(int line, int character) {
        LineMap lines = tree.lines();
        int l = Math.max(0, Math.min(line, lines.lineCount() - 1));
        int lineLength = lineEndCodePoints(l) - lines.lineStart(l);
        if (simple) {
            return Math.max(0, Math.min(character, lineLength));
        }
        String text = tree.text();
        int start = lineStartChar(l);
        int end = l + 1 < lines.lineCount() ? lineStartChar(l + 1) : text.length();
        int limit = Math.min(end, start + Math.max(0, character));
        int cps = 0;
        for (int i = start; i < limit; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (i > limit && Character.charCount(cp) == 2) {
                break; // in the middle of a surrogate pair
            }
            cps++;
        }
        return Math.min(cps, lineLength);
    }

    /** The LSP character of a code-point column on a line. */
    int character(int line, int column) {
        if (simple) {
            return column;
        }
        LineMap lines = tree.lines();
        if (line < 0 || line >= lines.lineCount()) {
            return column;
        }
        String text = tree.text();
        int start = lineStartChar(line);
        int i = start;
        for (int c = 0; c < column && i < text.length(); c++) {
            i += Character.charCount(text.codePointAt(i));
        }
        return i - start;
    }

    /** Length of the line's text without its line break, in code points (from the line start offset). */
    private int lineEndCodePoints(int line) {
        LineMap lines = tree.lines();
        if (line + 1 < lines.lineCount()) {
            int next = lines.lineStart(line + 1);
            // The break before the next line is one or two code points (\n, \r or \r\n).
            String text = tree.text();
            int nextChar = simple ? next : lineStartChar(line + 1);
            int breakLength = nextChar >= 2 && text.charAt(nextChar - 1) == '\n' && text.charAt(nextChar - 2) == '\r' ? 2 : 1;
            return next - breakLength;
        }
        return lines.offset(Integer.MAX_VALUE, 0);
    }

    private int lineStartChar(int line) {
        if (lineStartChars == null) {
            LineMap lines = tree.lines();
            int[] starts = new int[lines.lineCount()];
            String text = tree.text();
            int cp = 0;
            int l = 1;
            for (int i = 0; i < text.length() && l < starts.length; ) {
                int c = text.codePointAt(i);
                i += Character.charCount(c);
                cp++;
                while (l < starts.length && lines.lineStart(l) == cp) {
                    starts[l++] = i;
                }
            }
            lineStartChars = starts;
        }
        return lineStartChars[line];
    }

    private static boolean nonNegative(Position p) {
        return p != null && p.getLine() >= 0 && p.getCharacter() >= 0;
    }

    Position position(int line, int column) {
        return new Position(line, character(line, column));
    }

    Range range(Span s) {
        return new Range(position(s.startLine(), s.startColumn()), position(s.endLine(), s.endColumn()));
    }

    /**
     * An LSP range as code points, or null when it is not a range of this document: an end is
     * missing or negative, or its line does not exist. (A character past the end of its line is
     * the line's end, as LSP says; the end may also be the start of the line after the last.)
     */
    Span span(Range r) {
        if (r == null || !nonNegative(r.getStart()) || !nonNegative(r.getEnd()) || !validLine(r.getStart().getLine())) {
            return null;
        }
        Position e = r.getEnd();
        if (e.getLine() == lineCount() && e.getCharacter() == 0) {
            int last = lineCount() - 1;
            return new Span(r.getStart().getLine(), column(r.getStart().getLine(), r.getStart().getCharacter()),
                    last, column(last, Integer.MAX_VALUE));
        }
        if (e.getLine() >= lineCount()) {
            return null;
        }
        return new Span(r.getStart().getLine(), column(r.getStart().getLine(), r.getStart().getCharacter()),
                e.getLine(), column(e.getLine(), e.getCharacter()));
    }
}
