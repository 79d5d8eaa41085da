package io.fabriclint.analyzer.diff;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import io.fabriclint.analyzer.diagnostics.Diagnostic;
import io.fabriclint.analyzer.diagnostics.DiagnosticJson;
import io.fabriclint.analyzer.report.FabricReport;

import java.util.List;
import java.util.Map;

/**
 * `fabric diff --format json` (cabling.md §5): every figure as
 * `{"old": x, "new": y, "delta": y - x}` (null where a side has none). Maps
 * (modules, tiers, racks, bandwidth, oversubscription) hold only what changed;
 * the single figures (fibers, cables, IT and facility power) are always
 * there, and `changed` says whether anything is. `cableChanges` counts the
 * cables added, removed and moved, and how many of the moved are
 * renumbered (their label went to another link group).
 */
public final class DiffJson {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private DiffJson() {
    }

    public static JsonObject json(DesignDiff diff) {
        JsonObject root = new JsonObject();
        JsonObject inputs = new JsonObject();
        inputs.addProperty("old", diff.old().label());
        inputs.addProperty("new", diff.now().label());
        root.add("inputs", inputs);
        root.addProperty("changed", diff.changed());
        root.add("modules", figures(diff.modules()));
        root.add("fibers", figure(diff.fibers()));
        root.add("cables", figure(diff.cables()));

        JsonObject power = new JsonObject();
        power.add("it", figure(diff.itWatts()));
        power.add("facility", figure(diff.facilityWatts()));
        JsonObject tiers = new JsonObject();
        diff.tiers().forEach((name, t) -> {
            JsonObject o = new JsonObject();
            o.add("count", figure(t.count()));
            o.add("device", figure(t.deviceWatts()));
            o.add("total", figure(t.totalWatts()));
            tiers.add(name, o);
        });
        power.add("tiers", tiers);
        JsonObject racks = new JsonObject();
        diff.racks().forEach((name, r) -> {
            JsonObject o = new JsonObject();
            o.add("power", figure(r.watts()));
            o.add("budget", figure(r.budgetWatts()));
            JsonObject over = new JsonObject();
            over.addProperty("old", r.overBefore());
            over.addProperty("new", r.overAfter());
            o.add("overBudget", over);
            racks.add(name, o);
        });
        power.add("racks", racks);
        root.add("power", power);

        root.add("bandwidth", figures(diff.bandwidth()));
        root.add("oversubscription", figures(diff.oversubscription()));

        JsonObject diagnostics = new JsonObject();
        diagnostics.add("new", diagnostics(diff.now(), diff.diagnostics().added()));
        diagnostics.add("fixed", diagnostics(diff.old(), diff.diagnostics().fixed()));
        root.add("diagnostics", diagnostics);

        JsonObject cables = new JsonObject();
        cables.addProperty("added", diff.cableChanges().added());
        cables.addProperty("removed", diff.cableChanges().removed());
        cables.addProperty("moved", diff.cableChanges().moved());
        cables.addProperty("renumbered", diff.cableChanges().renumbered());
        root.add("cableChanges", cables);
        return root;
    }

    public static String jsonText(DesignDiff diff) {
        return GSON.toJson(json(diff));
    }

    private static JsonObject figures(Map<String, Change> changes) {
        JsonObject o = new JsonObject();
        changes.forEach((name, c) -> o.add(name, figure(c)));
        return o;
    }

    static JsonObject figure(Change c) {
        JsonObject o = new JsonObject();
        add(o, "old", c.before());
        add(o, "new", c.after());
        // Both sides are rounded as the report prints them; their difference drops the float noise too.
        add(o, "delta", c.delta() == null ? null : Math.round(c.delta() * 1000) / 1000.0);
        return o;
    }

    private static void add(JsonObject o, String key, Double value) {
        if (value == null) {
            o.add(key, JsonNull.INSTANCE);
        } else {
            o.addProperty(key, FabricReport.number(value));
        }
    }

    /** The shape of `fabric lint --format json`'s diagnostics; lines and columns 1-based. */
    private static JsonArray diagnostics(DiffInput side, List<Diagnostic> list) {
        JsonArray out = new JsonArray();
        for (Diagnostic d : list) {
            out.add(DiagnosticJson.of(d, side.displayPath().apply(d.file())));
        }
        return out;
    }
}
