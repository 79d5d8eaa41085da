package io.fabriclint.analyzer.cabling;

import io.fabriclint.analyzer.model.FabricModel;
import io.fabriclint.analyzer.model.PortDef;
import io.fabriclint.analyzer.model.TierDef;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Names the `names` and `interfaces` templates give twice (FAB601): two
 * devices of the fabric, or two ports of one device. The default patterns
 * never collide (a tier name, `-`, then digits), so only tiers that set a
 * template are looked at, and port names are the same on every device of a
 * tier, so one device's ports are enough.
 */
public final class NameCollisions {
    /** Above this many devices, names are compared within each tier only (a template without {n} or {i}). */
    static final long DEVICE_LIMIT = 2_000_000;

    /** One collision, reported at the tier's {@code property} (`names` or `interfaces`). */
    public record Collision(TierDef tier, String property, String message) {
    }

    private NameCollisions() {
    }

    public static List<Collision> find(FabricModel model) {
        List<Collision> out = new ArrayList<>();
        devices(model, out);
        for (TierDef t : model.tiers().values()) {
            if (t.properties().has("interfaces") && t.interfaces() != null) {
                ports(t, out);
            }
        }
        return out;
    }

    private static void devices(FabricModel model, List<Collision> out) {
        List<TierDef> tiers = new ArrayList<>(model.tiers().values());
        boolean templated = false;
        long total = 0;
        for (TierDef t : tiers) {
            templated |= t.properties().has("names") && t.names() != null;
            total += t.count();
        }
        if (!templated) {
            return;
        }
        Map<TierDef, Collision> found = new java.util.IdentityHashMap<>();
        if (total > DEVICE_LIMIT) {
            for (TierDef t : tiers) {
                if (t.count() > 1 && t.names() != null && !new DeviceNames(t).numbered()) {
                    found.put(t, sameName(t, new DeviceNames(t).name(0)));
                }
            }
            out.addAll(found.values());
            return;
        }
        // name → tier index and device, packed: tier in the high 32 bits
        Map<String, Long> seen = new HashMap<>();
        for (int ti = 0; ti < tiers.size(); ti++) {
            TierDef t = tiers.get(ti);
            DeviceNames names = new DeviceNames(t);
            for (long d = 0; d < t.count(); d++) {
                String name = names.name(d);
                Long other = seen.putIfAbsent(name, ((long) ti << 32) | d);
                if (other == null) {
                    continue;
                }
                TierDef first = tiers.get((int) (other >>> 32));
                long firstDevice = other & 0xffffffffL;
                if (first == t) {
                    found.putIfAbsent(t, d == 1 && !names.numbered() ? sameName(t, name)
                            : new Collision(t, "names", "`names` gives " + t.name().text() + " devices "
                            + (firstDevice + 1) + " and " + (d + 1) + " the same name '" + name + "'"));
                } else {
                    // At the tier whose template makes the clash: the later one, unless it keeps the default.
                    TierDef at = t.properties().has("names") ? t : first;
                    found.putIfAbsent(at, new Collision(at, "names", "device name '" + name + "' is given twice: "
                            + first.name().text() + " device " + (firstDevice + 1) + " and " + t.name().text()
                            + " device " + (d + 1)));
                }
                break;
            }
        }
        out.addAll(found.values());
    }

    private static Collision sameName(TierDef t, String name) {
        return new Collision(t, "names", "`names` has no {n} or {i}: all " + t.count() + " " + t.name().text()
                + " devices are named '" + name + "'");
    }

    private static void ports(TierDef t, List<Collision> out) {
        Map<String, String> seen = new HashMap<>();
        for (PortDef p : t.ports()) {
            PortNames names = new PortNames(t, p);
            for (long k = 0; k < p.count(); k++) {
                String name = names.name(k);
                String port = p.name().text() + " #" + (k + 1);
                String other = seen.putIfAbsent(name, port);
                if (other != null) {
                    out.add(new Collision(t, "interfaces", "`interfaces` gives two ports of every " + t.name().text()
                            + " device the name '" + name + "': " + other + " and " + port));
                    return;
                }
            }
        }
    }
}
