package io.fabriclint.analyzer.diff;

import io.fabriclint.analyzer.diagnostics.Diagnostic;
import io.fabriclint.analyzer.report.TextTable;

import java.util.ArrayList;
import java.util.List;

/** `fabric diff --format text`: the headline, then a plain-text table per section that changed. */
public final class DiffText {
    private DiffText() {
    }

    public static String render(DesignDiff diff) {
        String title = "fabric diff " + diff.old().label() + " -> " + diff.now().label();
        if (!diff.changed()) {
            return title + ": " + DiffMarkdown.UNCHANGED + "\n";
        }
        StringBuilder out = new StringBuilder(title).append('\n').append("=".repeat(title.length())).append("\n\n");
        out.append(String.join("; ", DiffHeadline.of(diff))).append("\n\n");
        for (DiffTables.Table t : DiffTables.of(diff)) {
            out.append(t.title()).append('\n');
            TextTable.render(out, t.header(), t.rows(), t.numeric());
            out.append('\n');
        }
        CableChanges cables = diff.cableChanges();
        if (cables.changed()) {
            out.append("Cables: ").append(DiffTables.cableSummary(cables)).append(" (the first of each)\n");
            String why = DiffTables.renumbering(cables);
            if (why != null) {
                out.append(why).append('\n');
            }
            TextTable.render(out, DiffTables.CABLE_HEADER, DiffTables.cableRows(cables), new boolean[5]);
            out.append('\n');
        }
        DiagnosticChanges d = diff.diagnostics();
        if (d.changed()) {
            out.append("Findings: ").append(DiffHeadline.findings(d)).append('\n');
            List<List<String>> rows = new ArrayList<>();
            for (Diagnostic x : d.added()) {
                rows.add(row("new", diff.now(), x));
            }
            for (Diagnostic x : d.fixed()) {
                rows.add(row("fixed", diff.old(), x));
            }
            TextTable.render(out, List.of("", "", "", "", ""), rows, new boolean[5]);
            out.append('\n');
        }
        return out.toString();
    }

    private static List<String> row(String change, DiffInput side, Diagnostic d) {
        return List.of(change, d.severity().label(), d.code(), DiffHeadline.where(side, d), d.message());
    }
}
