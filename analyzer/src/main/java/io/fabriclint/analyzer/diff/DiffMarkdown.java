package io.fabriclint.analyzer.diff;

import io.fabriclint.analyzer.diagnostics.Diagnostic;
import io.fabriclint.analyzer.report.MarkdownTable;

import java.util.ArrayList;
import java.util.List;

/**
 * `fabric diff --format markdown`, written for a pull-request comment or a CI
 * job summary: a bold headline of the biggest changes, a table per section
 * that changed, and long lists folded into {@code <details>} so the comment
 * stays short.
 */
public final class DiffMarkdown {
    /** The one line of an unchanged design (every format). */
    static final String UNCHANGED = "no change in modules, fibers, cables, power, bandwidth, oversubscription or findings";
    /** Rows of a table shown before the rest is folded away. */
    static final int SHOWN_ROWS = 8;
    /** Findings listed before the rest is folded away. */
    static final int SHOWN_FINDINGS = 5;

    private DiffMarkdown() {
    }

    public static String render(DesignDiff diff) {
        String title = "Fabric diff: " + code(diff.old().label()) + " → " + code(diff.now().label());
        if (!diff.changed()) {
            return "**" + title + "**: " + UNCHANGED + ".\n";
        }
        StringBuilder out = new StringBuilder("## ").append(title).append("\n\n");
        out.append("**").append(String.join(" · ", DiffHeadline.of(diff))).append("**\n\n");
        for (DiffTables.Table t : DiffTables.of(diff)) {
            out.append("### ").append(t.title()).append("\n\n");
            List<String> header = t.header().get(0).isEmpty()
                    ? concat(List.of("figure"), t.header().subList(1, t.header().size())) : t.header();
            table(out, header, t.rows(), t.numeric(), SHOWN_ROWS, "more rows");
        }
        CableChanges cables = diff.cableChanges();
        if (cables.changed()) {
            out.append("### Cables: ").append(DiffTables.cableSummary(cables)).append("\n\n");
            String why = DiffTables.renumbering(cables);
            if (why != null) {
                out.append(why).append("\n\n");
            }
            out.append("<details><summary>The first ").append(CableChanges.FIRST_ROWS)
                    .append(" of each (a cable is the same when its label, ends and modules are)</summary>\n\n");
            List<List<String>> rows = new ArrayList<>();
            for (List<String> r : DiffTables.cableRows(cables)) {
                rows.add(List.of(r.get(0), code(r.get(1)), r.get(2), r.get(3), r.get(4)));
            }
            MarkdownTable.render(out, DiffTables.CABLE_HEADER, rows, new boolean[5]);
            out.append("\n</details>\n\n");
        }
        DiagnosticChanges d = diff.diagnostics();
        if (d.changed()) {
            out.append("### Findings: ").append(DiffHeadline.findings(d)).append("\n\n");
            findings(out, "New", diff.now(), d.added());
            findings(out, "Fixed", diff.old(), d.fixed());
        }
        return out.toString();
    }

    private static void findings(StringBuilder out, String title, DiffInput side, List<Diagnostic> list) {
        if (list.isEmpty()) {
            return;
        }
        out.append("**").append(title).append("**\n\n");
        List<List<String>> rows = new ArrayList<>();
        for (Diagnostic x : list) {
            rows.add(List.of(x.severity().label(), code(x.code()), escape(x.message()), code(DiffHeadline.where(side, x))));
        }
        table(out, List.of("severity", "code", "finding", "where"), rows, new boolean[4], SHOWN_FINDINGS,
                "more " + title.toLowerCase());
    }

    /** The first rows, then the others in a folded table. */
    private static void table(StringBuilder out, List<String> header, List<List<String>> rows, boolean[] numeric,
                              int limit, String more) {
        int shown = rows.size() > limit + 1 ? limit : rows.size(); // never fold a single row away
        MarkdownTable.render(out, header, rows.subList(0, shown), numeric);
        out.append('\n');
        if (shown < rows.size()) {
            // A blank line after <summary> lets GitHub and GitLab render the Markdown inside.
            out.append("<details><summary>").append(rows.size() - shown).append(' ').append(more)
                    .append("</summary>\n\n");
            MarkdownTable.render(out, header, rows.subList(shown, rows.size()), numeric);
            out.append("\n</details>\n\n");
        }
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** Inline code that holds any text: a fence longer than the longest run of backticks inside. */
    static String code(String text) {
        int run = 0;
        int longest = 0;
        for (char c : text.toCharArray()) {
            run = c == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        String pad = text.startsWith("`") || text.endsWith("`") ? " " : "";
        return fence + pad + text + pad + fence;
    }

    /** Message text in a table cell: no HTML, no accidental emphasis. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("*", "\\*").replace("_", "\\_");
    }
}
