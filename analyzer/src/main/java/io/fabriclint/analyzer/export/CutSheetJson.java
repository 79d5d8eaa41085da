package io.fabriclint.analyzer.export;

import com.google.gson.stream.JsonWriter;
import io.fabriclint.analyzer.cabling.Cable;
import io.fabriclint.analyzer.cabling.CablePlan;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Map;

/**
 * `fabric cables --format json`: one object, `{"cables":[…],"summary":{…}}`
 * (cabling.md §3). Each cable is an object with the CSV's keys on a line of
 * its own; legs, units, length and strands are numbers, an empty column is
 * null. The summary follows the cables, so it is counted as they are written.
 */
public final class CutSheetJson {
    private CutSheetJson() {
    }

    public static CableSummary write(CablePlan cables, Writer out) throws IOException {
        CableSummary summary = new CableSummary();
        out.write("{\"cables\":[");
        try {
            cables.forEach(c -> {
                boolean first = summary.cables() == 0;
                summary.accept(c);
                try {
                    out.write(first ? "\n" : ",\n");
                    out.write(object(c));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        out.write(summary.cables() == 0 ? "],\n" : "\n],\n");
        StringWriter s = new StringWriter();
        JsonWriter w = new JsonWriter(s);
        w.beginObject();
        w.name("cables").value(summary.cables());
        w.name("strands").value(summary.strands());
        w.name("unplaced").value(summary.unplaced());
        w.name("byLink").beginObject();
        for (Map.Entry<String, Long> e : summary.byLink().entrySet()) {
            w.name(e.getKey()).value(e.getValue());
        }
        w.endObject().endObject().flush();
        out.write("\"summary\":" + s + "}\n");
        return summary;
    }

    /** One cable as a JSON object with the CSV's columns as keys. */
    static String object(Cable c) throws IOException {
        StringWriter s = new StringWriter(320);
        JsonWriter w = new JsonWriter(s);
        w.setHtmlSafe(false);
        w.beginObject();
        w.name("cable").value(c.label());
        w.name("link").value(c.link());
        end(w, "a_", c.a());
        end(w, "z_", c.z());
        w.name("fiber").value(c.fiber());
        number(w.name("length_m"), c.lengthMeters());
        w.name("strands").value(c.strands());
        w.endObject().flush();
        return s.toString();
    }

    private static void end(JsonWriter w, String prefix, Cable.End e) throws IOException {
        w.name(prefix + "device").value(e.device());
        w.name(prefix + "port").value(e.port());
        if (e.leg() > 0) {
            w.name(prefix + "leg").value(e.leg());
        } else {
            w.name(prefix + "leg").nullValue();
        }
        w.name(prefix + "rack").value(e.rack());
        number(w.name(prefix + "u"), e.unit());
        w.name(prefix + "module").value(e.module());
    }

    private static void number(JsonWriter w, Double value) throws IOException {
        if (value == null) {
            w.nullValue();
        } else {
            w.jsonValue(CablePlan.plain(value));
        }
    }
}
