package io.fabriclint.analyzer.export;

import com.google.gson.stream.JsonWriter;
import io.fabriclint.analyzer.cabling.Cable;
import io.fabriclint.analyzer.cabling.CablePlan;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * `fabric export --to batfish`: `layer1_topology.json`, the physical cabling
 * Batfish reads beside a snapshot's configurations: `{"edges":[{"node1":
 * {"hostname":…,"interfaceName":…},"node2":{…}}]}`, one edge per placed cable
 * (a broken-out port's legs as `down-3/2`).
 */
public final class BatfishExport {
    private BatfishExport() {
    }

    public static long write(CablePlan cables, Writer out) throws IOException {
        out.write("{\"edges\":[");
        long[] n = {0};
        NetboxExport.run(() -> cables.forEach(c -> {
            if (c.unplaced()) {
                return;
            }
            try {
                out.write(n[0]++ == 0 ? "\n" : ",\n");
                out.write(edge(c));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        out.write(n[0] == 0 ? "]}\n" : "\n]}\n");
        return n[0];
    }

    private static String edge(Cable c) throws IOException {
        StringWriter s = new StringWriter(160);
        JsonWriter w = new JsonWriter(s);
        w.setHtmlSafe(false);
        w.beginObject();
        node(w.name("node1"), c.a());
        node(w.name("node2"), c.z());
        w.endObject().flush();
        return s.toString();
    }

    private static void node(JsonWriter w, Cable.End e) throws IOException {
        w.beginObject().name("hostname").value(e.device()).name("interfaceName").value(e.interfaceName()).endObject();
    }
}
