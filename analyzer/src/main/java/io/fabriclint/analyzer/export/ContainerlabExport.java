package io.fabriclint.analyzer.export;

import io.fabriclint.analyzer.cabling.CablePlan;

import java.io.IOException;
import java.io.Writer;
import java.util.regex.Pattern;

/**
 * `fabric export --to containerlab`: a topology file `NAME.clab.yml` with one
 * node per device and one link per placed cable (cabling.md §4), in the shape
 * containerlab's published JSON schema gives it. A broken-out port's legs are
 * interfaces of their own (`down-3/2`): containerlab refuses an endpoint that
 * appears in two links.
 */
public final class ContainerlabExport {
    /** Lab names containerlab accepts (its schema's `name` pattern). */
    public static final Pattern LAB_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9-._]*");
    /** Node names containerlab accepts (its schema's pattern for the keys of `topology.nodes`). */
    public static final Pattern NODE_NAME = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9-._|]*");

    private ContainerlabExport() {
    }

    /** The lab name made acceptable: characters outside containerlab's set become `-`, a leading one is dropped. */
    public static String labName(String name) {
        String s = name.replaceAll("[^a-zA-Z0-9-._]", "-").replaceFirst("^[^a-zA-Z0-9]+", "");
        return s.isEmpty() ? "fabric" : s;
    }

    /** The first device or interface name containerlab cannot take, as a sentence; null when all are fine. */
    public static String problem(CablePlan cables) {
        String[] found = {null};
        cables.forEachDevice(d -> {
            if (found[0] == null && !NODE_NAME.matcher(d.name()).matches()) {
                found[0] = "device name '" + d.name() + "' (tier " + d.tier().name().text() + ") is not a containerlab "
                        + "node name: letters, digits, '-', '.', '_' or '|', starting with a letter or digit; "
                        + "set `names` on the tier";
            }
        });
        return found[0];
    }

    public static long write(CablePlan cables, String name, String kind, Writer out) throws IOException {
        out.write("name: " + quote(labName(name)) + "\n");
        out.write("topology:\n");
        out.write("  nodes:\n");
        StringBuilder row = new StringBuilder(128);
        NetboxExport.run(() -> cables.forEachDevice(d -> {
            row.setLength(0);
            row.append("    ").append(quote(d.name())).append(":\n      kind: ").append(quote(kind)).append('\n');
            append(out, row);
        }));
        long[] n = {0};
        NetboxExport.run(() -> cables.forEach(c -> {
            if (c.unplaced()) {
                return;
            }
            row.setLength(0);
            if (n[0]++ == 0) {
                row.append("  links:\n");
            }
            row.append("    - endpoints: [").append(quote(c.a().device() + ":" + c.a().interfaceName())).append(", ")
                    .append(quote(c.z().device() + ":" + c.z().interfaceName())).append("]\n");
            append(out, row);
        }));
        return n[0];
    }

    /** A YAML double-quoted scalar: backslash and quote escaped, so names are never read as numbers or booleans. */
    static String quote(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            switch (ch) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        sb.append(String.format("\\x%02x", (int) ch));
                    } else {
                        sb.append(ch);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    private static void append(Writer out, CharSequence text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
