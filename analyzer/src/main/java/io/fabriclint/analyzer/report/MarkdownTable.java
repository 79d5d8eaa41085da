package io.fabriclint.analyzer.report;

import java.util.List;

/** GitHub-flavoured Markdown tables (pipes in cells escaped), as reports and diffs write them. */
public final class MarkdownTable {
    private MarkdownTable() {
    }

    /** @param numeric per column, true to align it right */
    public static void render(StringBuilder out, List<String> header, List<List<String>> rows, boolean[] numeric) {
        row(out, header);
        StringBuilder align = new StringBuilder("|");
        for (int i = 0; i < header.size(); i++) {
            align.append(numeric[i] ? " ---: |" : " --- |");
        }
        out.append(align).append('\n');
        for (List<String> r : rows) {
            row(out, r);
        }
    }

    private static void row(StringBuilder out, List<String> cells) {
        out.append('|');
        for (String c : cells) {
            out.append(' ').append(c.replace("|", "\\|")).append(" |");
        }
        out.append('\n');
    }
}
