package io.fabriclint.analyzer.export;

import io.fabriclint.analyzer.cabling.Cable;
import io.fabriclint.analyzer.cabling.CablePlan;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * `fabric cables --format csv`: a header row, then one row per cable, in the
 * columns of cabling.md §3; RFC 4180 quoting, lines ending in LF. Written as
 * the cables are computed, one row at a time.
 */
public final class CutSheetCsv {
    public static final List<String> COLUMNS = List.of("cable", "link", "a_device", "a_port", "a_leg", "a_rack", "a_u",
            "a_module", "z_device", "z_port", "z_leg", "z_rack", "z_u", "z_module", "fiber", "length_m", "strands");

    private CutSheetCsv() {
    }

    /** Writes every cable; returns their totals. */
    public static CableSummary write(CablePlan cables, Writer out) throws IOException {
        CableSummary summary = new CableSummary();
        StringBuilder row = new StringBuilder(256);
        char[][] chars = {new char[256]};
        out.write(String.join(",", COLUMNS) + "\n");
        try {
            cables.forEach(c -> {
                summary.accept(c);
                row.setLength(0);
                row(row, c);
                // Through a reused char array: a million rows, no String per row.
                int length = row.length();
                if (chars[0].length < length) {
                    chars[0] = new char[length * 2];
                }
                row.getChars(0, length, chars[0], 0);
                try {
                    out.write(chars[0], 0, length);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return summary;
    }

    static void row(StringBuilder row, Cable c) {
        field(row, c.label()).append(',');
        field(row, c.link()).append(',');
        end(row, c.a());
        end(row, c.z());
        field(row, c.fiber()).append(',');
        if (c.lengthMeters() != null) {
            CablePlan.plain(row, c.lengthMeters());
        }
        row.append(',').append(c.strands()).append('\n');
    }

    private static void end(StringBuilder row, Cable.End e) {
        field(row, e.device()).append(',');
        field(row, e.port()).append(',');
        if (e.leg() > 0) {
            row.append(e.leg());
        }
        row.append(',');
        field(row, e.rack()).append(',');
        if (e.unit() != null) {
            CablePlan.plain(row, e.unit());
        }
        row.append(',');
        field(row, e.module()).append(',');
    }

    /** A field, in double quotes (inner quotes doubled) when it holds a comma, a quote or a line break. */
    static StringBuilder field(StringBuilder row, String value) {
        if (value == null) {
            return row;
        }
        for (int i = 0, n = value.length(); i < n; i++) {
            char ch = value.charAt(i);
            // The four characters that need quotes all sort before '-': one comparison for most characters.
            if (ch <= ',' && (ch == ',' || ch == '"' || ch == '\n' || ch == '\r')) {
                return row.append('"').append(value.replace("\"", "\"\"")).append('"');
            }
        }
        return row.append(value);
    }
}
