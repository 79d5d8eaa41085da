package io.fabriclint.analyzer.report;

import java.util.List;

/**
 * Plain-text tables, columns padded to their widest cell and numbers aligned
 * right: how `fabric report` and `fabric diff` lay out rows in a terminal.
 */
public final class TextTable {
    private TextTable() {
    }

    /**
     * Writes the table indented by two spaces; a header of empty strings is left out.
     *
     * @param numeric per column, true to align it right
     */
    public static void render(StringBuilder out, List<String> header, List<List<String>> rows, boolean[] numeric) {
        int[] widths = new int[header.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = header.get(i).length();
            for (List<String> row : rows) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        if (header.stream().anyMatch(h -> !h.isEmpty())) {
            line(out, header, widths, numeric);
            StringBuilder rule = new StringBuilder();
            for (int width : widths) {
                rule.append("  ").append("-".repeat(width));
            }
            out.append(rule.toString().stripTrailing()).append('\n');
        }
        for (List<String> row : rows) {
            line(out, row, widths, numeric);
        }
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
