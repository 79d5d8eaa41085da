package io.fabriclint.analyzer.report;

import io.fabriclint.analyzer.physical.FabricPlan;

import java.util.List;

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
            int[] widths = new int[t.header().size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = t.header().get(i).length();
                for (List<String> row : t.rows()) {
                    widths[i] = Math.max(widths[i], row.get(i).length());
                }
            }
            if (t.header().stream().anyMatch(h -> !h.isEmpty())) {
                line(out, t.header(), widths, t.numeric());
                StringBuilder rule = new StringBuilder();
                for (int i = 0; i < widths.length; i++) {
                    rule.append(i == 0 ? "  " : "  ").append("-".repeat(widths[i]));
                }
                out.append(rule.toString().stripTrailing()).append('\n');
            }
            for (List<String> row : t.rows()) {
                line(out, row, widths, t.numeric());
            }
            out.append('\n');
        }
        return out.toString();
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths, boolean[] numeric) {
        StringBuilder line = new StringBuilder("  ");
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            String pad = " ".repeat(widths[i] - c.length());
            line.append(numeric[i] ? pad + c : c + pad);
            if (i < cells.size() - 1) {
                line.append("  ");
            }
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }
}
