package io.fabriclint.analyzer.editor;

import io.fabriclint.syntax.Declaration;
import io.fabriclint.syntax.Property;
import io.fabriclint.syntax.SyntaxToken;
import io.fabriclint.syntax.SyntaxTree;
import io.fabriclint.syntax.Value;

import java.util.ArrayList;
import java.util.List;

/** Folding ranges: blocks, multi-line lists, runs of comments and of imports. */
public final class Folding {
    private Folding() {
    }

    public enum Kind { REGION, COMMENT, IMPORTS }

    public record Fold(int startLine, int endLine, Kind kind) {
    }

    public static List<Fold> ranges(SyntaxTree tree) {
        List<Fold> out = new ArrayList<>();
        int importStart = -1;
        int importEnd = -1;
        for (Declaration d : tree.declarations()) {
            if (d instanceof Declaration.Import i) {
                if (importStart < 0) {
                    importStart = i.range().startLine();
                }
                importEnd = i.range().endLine();
                continue;
            }
            if (importEnd > importStart) {
                out.add(new Fold(importStart, importEnd, Kind.IMPORTS));
            }
            importStart = -1;
            importEnd = -1;
            int start = d.range().startLine();
            int end = d.range().endLine() - (Cursor.closed(d) ? 1 : 0);
            if (end > start) {
                out.add(new Fold(start, end, Kind.REGION));
            }
            for (Property p : Cursor.d(d)) {
                for (Value v : p.values()) {
                    if (v instanceof Value.ListValue l && l.range().endLine() > l.range().startLine() + 1) {
                        out.add(new Fold(l.range().startLine(), l.range().endLine() - 1, Kind.REGION));
                    }
                }
            }
        }
        if (importEnd > importStart) {
            out.add(new Fold(importStart, importEnd, Kind.IMPORTS));
        }
        int runStart = -1;
        int runEnd = -1;
        for (SyntaxToken t : tree.tokens()) {
            if (t.kind() == SyntaxToken.Kind.BLOCK_COMMENT && t.range().endLine() > t.range().startLine()) {
                out.add(new Fold(t.range().startLine(), t.range().endLine(), Kind.COMMENT));
            }
            if (t.kind() == SyntaxToken.Kind.LINE_COMMENT) {
                int line = t.range().startLine();
                if (runStart >= 0 && line == runEnd + 1) {
                    runEnd = line;
                } else {
                    if (runEnd > runStart) {
                        out.add(new Fold(runStart, runEnd, Kind.COMMENT));
                    }
                    runStart = line;
                    runEnd = line;
                }
            }
        }
        if (runEnd > runStart) {
            out.add(new Fold(runStart, runEnd, Kind.COMMENT));
        }
        return out;
    }
}
