package io.fabriclint.analyzer.report;

import io.fabriclint.analyzer.physical.FabricPlan;

/** `fabric report --format text`: aligned plain-text tables. */
public final class ReportText {
    private ReportText() {
    }

    public static String render(FabricPlan plan) {
        StringBuilder out = new StringBuilder();
        String name = plan.model().fabric() == null ? "fabric" : "fabric " + plan.model().fabric().name().text();
        out.append(name).append('\n').append("=".repeat(name.length())).append("\n\n");
        for (ReportTables.Table t : ReportTables.of(plan)) {
            out.append(t.title()).append('\n');
            TextTable.render(out, t.header(), t.rows(), t.numeric());
            out.append('\n');
        }
        return out.toString();
    }
}
