package io.fabriclint.analyzer.report;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import io.fabriclint.analyzer.model.FabricModel;
import io.fabriclint.analyzer.model.PortDef;
import io.fabriclint.analyzer.model.TierDef;
import io.fabriclint.analyzer.physical.FabricPlan;
import io.fabriclint.analyzer.physical.LinkPlan;
import io.fabriclint.analyzer.physical.PortUsage;
import io.fabriclint.analyzer.physical.RackLoad;
import io.fabriclint.analyzer.physical.TierPower;

import java.util.Map;

/**
 * The bill of materials, power and bandwidth of a fabric (spec §6), as the
 * JSON object `fabric report --format json` prints. Every figure is read from
 * the {@link FabricPlan}; nothing is computed here.
 */
public final class FabricReport {
    private static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping()
            .serializeSpecialFloatingPointValues().create();

    private FabricReport() {
    }

    public static JsonObject json(FabricPlan plan) {
        FabricModel model = plan.model();
        JsonObject root = new JsonObject();
        if (model.fabric() != null) {
            root.addProperty("fabric", model.fabric().name().text());
        }
        JsonObject modules = new JsonObject();
        plan.modules().forEach(modules::addProperty);
        root.add("modules", modules);
        root.addProperty("fibers", plan.fibers());
        JsonObject bandwidth = new JsonObject();
        plan.bandwidth().forEach((k, v) -> bandwidth.addProperty(k, number(v)));
        root.add("bandwidth", bandwidth);
        JsonObject power = new JsonObject();
        power.addProperty("it", round(plan.itWatts()));
        power.addProperty("facility", round(plan.facilityWatts()));
        power.addProperty("pue", model.pue());
        root.add("power", power);

        JsonObject tiers = new JsonObject();
        for (TierPower tp : plan.tierPower().values()) {
            TierDef t = tp.tier();
            JsonObject o = new JsonObject();
            o.addProperty("count", t.count());
            o.addProperty("devicePower", round(tp.deviceWatts()));
            o.addProperty("power", round(tp.totalWatts()));
            o.addProperty("basePower", round(tp.baseWatts()));
            JsonObject byModule = new JsonObject();
            tp.moduleWattsByType().forEach((name, w) -> byModule.addProperty(name, round(w)));
            o.add("modulePower", byModule);
            Double over = plan.oversubscription(t.name().text());
            if (over != null) {
                o.addProperty("oversubscription", ratio(over));
            }
            JsonObject ports = new JsonObject();
            for (PortDef p : t.ports()) {
                PortUsage u = plan.port(t, p);
                JsonObject po = new JsonObject();
                po.addProperty("available", u.available());
                po.addProperty("used", u.used());
                ports.add(p.name().text(), po);
            }
            o.add("ports", ports);
            tiers.add(t.name().text(), o);
        }
        root.add("tiers", tiers);

        JsonObject racks = new JsonObject();
        for (RackLoad load : plan.racks().values()) {
            JsonObject o = new JsonObject();
            o.addProperty("count", load.rack().count());
            o.addProperty("units", number(load.units()));
            o.addProperty("height", number(load.rack().heightUnits()));
            o.addProperty("power", round(load.watts()));
            if (load.budgetWatts() != null) {
                o.addProperty("budget", round(load.budgetWatts()));
            }
            racks.add(load.rack().name().text(), o);
        }
        root.add("racks", racks);

        com.google.gson.JsonArray links = new com.google.gson.JsonArray();
        for (LinkPlan l : plan.links()) {
            JsonObject o = new JsonObject();
            o.addProperty("link", l.link().label());
            if (l.sourceModule() != null) {
                o.addProperty("sourceModule", l.sourceModule().name());
            }
            if (l.targetModule() != null) {
                o.addProperty("targetModule", l.targetModule().name());
            }
            o.addProperty("sourcePorts", l.sourcePorts());
            o.addProperty("targetPorts", l.targetPorts());
            o.addProperty("breakout", l.breakout());
            o.addProperty("bandwidth", number(l.bandwidthGbps()));
            o.addProperty("fibers", l.fibers());
            links.add(o);
        }
        root.add("links", links);
        return root;
    }

    public static String jsonText(FabricPlan plan) {
        return GSON.toJson(json(plan));
    }

    /** Watts to 0.1 W: enough for any budget, and no binary-fraction noise in the output. */
    public static double round(double watts) {
        return Math.round(watts * 10) / 10.0;
    }

    /** Ratios (oversubscription) to 0.001. */
    public static double ratio(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /** Integral figures print as integers. */
    public static Number number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? (Number) (long) v : (Number) v;
    }

    static Map<String, Long> modules(FabricPlan plan) {
        return plan.modules();
    }
}
