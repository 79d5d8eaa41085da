package io.fabriclint.analyzer.editor;

import io.fabriclint.analyzer.cabling.CablePlan;
import io.fabriclint.analyzer.export.CutSheetMarkdown;
import io.fabriclint.analyzer.physical.FabricPlan;
import io.fabriclint.analyzer.physical.LinkPlan;
import io.fabriclint.syntax.Declaration;
import io.fabriclint.syntax.SyntaxTree;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * "Show cables": the markdown cut sheet of one link group, the one declared
 * on a line of a document, as `fabric cables --format markdown` prints it.
 */
public final class CableSheets {
    private CableSheets() {
    }

    /** The cut sheet of the link whose `link` keyword is on {@code line}; null when there is none there. */
    public static String markdown(SyntaxTree tree, Path file, FabricPlan plan, int line) {
        if (plan == null) {
            return null;
        }
        for (Declaration d : tree.declarations()) {
            if (d instanceof Declaration.Link l && l.keywordRange().startLine() == line) {
                LinkPlan lp = Hovers.linkPlan(plan, l, file);
                if (lp == null) {
                    return null;
                }
                StringWriter out = new StringWriter();
                try {
                    CutSheetMarkdown.write(new CablePlan(plan), lp.cabled() ? List.of(lp) : List.of(), out);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return out.toString();
            }
        }
        return null;
    }
}
