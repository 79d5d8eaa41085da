package io.fabriclint.analyzer.export;

import io.fabriclint.analyzer.cabling.Cable;
import io.fabriclint.analyzer.cabling.CablePlan;

import java.io.IOException;
import java.io.Writer;

/**
 * `fabric export --to ptm`: `topology.dot`, the prescribed topology Cumulus
 * PTM (and NVIDIA Air) check the cabling against: `graph G {`, then
 * `"a-dev":"a-port" -- "z-dev":"z-port";` per placed cable, then `}`.
 */
public final class PtmExport {
    private PtmExport() {
    }

    public static long write(CablePlan cables, Writer out) throws IOException {
        out.write("graph G {\n");
        long[] n = {0};
        StringBuilder row = new StringBuilder(96);
        NetboxExport.run(() -> cables.forEach(c -> {
            if (c.unplaced()) {
                return;
            }
            row.setLength(0);
            row.append("  ");
            end(row, c.a());
            row.append(" -- ");
            end(row, c.z());
            row.append(";\n");
            try {
                out.append(row);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            n[0]++;
        }));
        out.write("}\n");
        return n[0];
    }

    private static void end(StringBuilder row, Cable.End e) {
        quoted(row, e.device()).append(':');
        quoted(row, e.interfaceName());
    }

    /** A DOT quoted ID: inside quotes, an escaped quote is the only escape DOT knows. */
    private static StringBuilder quoted(StringBuilder row, String id) {
        return row.append('"').append(id.replace("\"", "\\\"")).append('"');
    }
}
