package io.fabriclint.analyzer.physical;

import io.fabriclint.analyzer.catalog.ModuleSpec;
import io.fabriclint.analyzer.model.FabricModel;
import io.fabriclint.analyzer.model.LinkDef;
import io.fabriclint.analyzer.model.PortDef;
import io.fabriclint.analyzer.model.RackDef;
import io.fabriclint.analyzer.model.TierDef;
import io.fabriclint.syntax.Endpoint;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the fabric adds up to, computed once from the model: link groups,
 * port usage, modules, fibers, bandwidth, power per device, tier and rack, and
 * oversubscription. Rules, `fabric report` and the editor's hovers all read
 * these figures; none computes its own. The cost grows with the number of
 * declarations, never with the number of ports.
 */
public final class FabricPlan {
    private final FabricModel model;
    private final List<LinkPlan> links = new ArrayList<>();
    private final Map<LinkDef, LinkPlan> byLink = new java.util.IdentityHashMap<>();
    private final Map<String, PortUsage> ports = new LinkedHashMap<>();
    private final Map<String, TierPower> tierPower = new LinkedHashMap<>();
    private final Map<String, RackLoad> racks = new LinkedHashMap<>();
    private final Map<String, Long> modules = new LinkedHashMap<>();
    private final Map<String, Double> bandwidth = new LinkedHashMap<>();
    private final Map<String, Double> downGbps = new LinkedHashMap<>();
    private final Map<String, Double> upGbps = new LinkedHashMap<>();
    private long fibers;
    /** Made here, not on first use: rules read the plan from several threads at once. */
    private final java.util.Set<String> linkedTiers = new java.util.HashSet<>();

    public FabricPlan(FabricModel model) {
        this.model = model;
        Map<String, Long> stripeStarts = new java.util.HashMap<>();
        for (LinkDef link : model.links()) {
            LinkPlan plan = plan(link, stripeStarts);
            links.add(plan);
            byLink.put(link, plan);
        }
        usage();
        power();
        placeRacks();
        for (LinkDef l : model.links()) {
            linkedTiers.add(l.sourceTier());
            linkedTiers.add(l.targetTier());
        }
    }

    private LinkPlan plan(LinkDef link, Map<String, Long> stripeStarts) {
        Endpoint src = link.declaration().source();
        Endpoint dst = link.declaration().target();
        TierDef a = src == null ? null : model.tiers().get(src.tier().text());
        TierDef b = dst == null ? null : model.tiers().get(dst.tier().text());
        PortDef p = a == null ? null : a.port(src.port().text());
        PortDef q = b == null ? null : b.port(dst.port().text());
        ModuleSpec m = link.modules() == null ? null : model.module(link.modules().source().text());
        ModuleSpec n = link.modules() == null ? null : model.module(link.modules().target().text());

        long perDevice = link.count() != null ? link.count() : p != null ? p.count() : 0;
        long sourcePorts = a == null ? 0 : (long) a.count() * perDevice;
        long plainTargetPorts = sourcePorts;
        boolean divide = true;
        int lm = 1;
        int ln = 1;
        if (m != null && n != null && m.lanes() != null && n.lanes() != null) {
            lm = m.lanes().count();
            ln = n.lanes().count();
            divide = lm % ln == 0 || ln % lm == 0;
            plainTargetPorts = ceilDiv(sourcePorts * lm, ln);
        }
        // The wiring says which target ports the link uses, device by device (cabling.md §2), and so how many.
        LinkWiring wiring = null;
        if (a != null && b != null && q != null) {
            String group = key(b, q);
            long start = stripeStarts.getOrDefault(group, 0L);
            wiring = divide ? LinkWiring.of(link.wiring(), a.count(), perDevice, b.count(), lm, ln, start)
                    : LinkWiring.portsOnly(link.wiring(), plainTargetPorts, perDevice, b.count(), start);
            stripeStarts.put(group, wiring.nextStart());
        }
        long targetPorts = b == null ? 0 : wiring != null ? wiring.targetPorts() : plainTargetPorts;
        double bw = m == null || m.speedGbps() == null ? 0 : sourcePorts * m.speedGbps();
        long strands = m == null || m.fibers() == null ? 0 : sourcePorts * m.fibers();
        LinkPlan plan = new LinkPlan(link, a, p, b, q, m, n, perDevice, sourcePorts, targetPorts, divide,
                bw, strands, wiring);

        fibers += strands;
        if (a != null && b != null) {
            bandwidth.merge(link.key(), bw, Double::sum);
            upGbps.merge(a.name().text(), bw, Double::sum);
            downGbps.merge(b.name().text(), bw, Double::sum);
        }
        // A module the catalog does not know is still counted by the name written: the report prints what it can.
        if (link.modules() != null && a != null) {
            modules.merge(link.modules().source().text(), sourcePorts, Long::sum);
        }
        if (link.modules() != null && b != null) {
            modules.merge(link.modules().target().text(), plan.targetPorts(), Long::sum);
        }
        return plan;
    }

    private static long ceilDiv(long x, long y) {
        return y <= 0 ? x : (x + y - 1) / y;
    }

    /** Each port group with the links that take its ports, in model order: a link's source side, then its target side. */
    private void usage() {
        // Keyed by `tier.port` as ports() is (a repeated name shares one group); each key is made once per port.
        Map<String, List<PortUsage.Load>> loads = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        for (TierDef t : model.tiers().values()) {
            for (PortDef p : t.ports()) {
                String k = key(t, p);
                keys.add(k);
                loads.put(k, new ArrayList<>());
            }
        }
        Map<PortDef, List<PortUsage.Load>> byPort = new java.util.IdentityHashMap<>();
        int i = 0;
        for (TierDef t : model.tiers().values()) {
            for (PortDef p : t.ports()) {
                byPort.put(p, loads.get(keys.get(i++)));
            }
        }
        for (LinkPlan l : links) {
            if (l.sourcePort() != null && l.sourcePorts() > 0) {
                loadsOf(byPort, loads, l.sourceTier(), l.sourcePort()).add(new PortUsage.Load(l, false));
            }
            if (l.targetPort() != null && l.wiring() != null) {
                loadsOf(byPort, loads, l.targetTier(), l.targetPort()).add(new PortUsage.Load(l, true));
            }
        }
        i = 0;
        for (TierDef t : model.tiers().values()) {
            for (PortDef p : t.ports()) {
                String k = keys.get(i++);
                ports.put(k, new PortUsage(t, p, loads.get(k)));
            }
        }
    }

    private static List<PortUsage.Load> loadsOf(Map<PortDef, List<PortUsage.Load>> byPort,
                                                Map<String, List<PortUsage.Load>> byKey, TierDef t, PortDef p) {
        List<PortUsage.Load> l = byPort.get(p);
        return l != null ? l : byKey.get(key(t, p));
    }

    private static String key(TierDef t, PortDef p) {
        return t.name().text() + "." + p.name().text();
    }

    private void power() {
        Map<TierDef, List<LinkPlan>> byTier = new java.util.IdentityHashMap<>();
        for (LinkPlan l : links) {
            if (l.sourceTier() != null) {
                byTier.computeIfAbsent(l.sourceTier(), k -> new ArrayList<>()).add(l);
            }
            if (l.targetTier() != null && l.targetTier() != l.sourceTier()) {
                byTier.computeIfAbsent(l.targetTier(), k -> new ArrayList<>()).add(l);
            }
        }
        for (TierDef t : model.tiers().values()) {
            Map<String, Double> watts = new LinkedHashMap<>();
            Map<String, Double> counts = new LinkedHashMap<>();
            for (LinkPlan l : byTier.getOrDefault(t, List.of())) {
                if (l.sourceTier() == t && l.sourceModule() != null) {
                    addModules(watts, counts, l.sourceModule(), l.sourcePorts(), t.count());
                }
                if (l.targetTier() == t && l.targetModule() != null) {
                    addModules(watts, counts, l.targetModule(), l.targetPorts(), t.count());
                }
            }
            double device = t.powerWatts() + watts.values().stream().mapToDouble(Double::doubleValue).sum();
            tierPower.put(t.name().text(), new TierPower(t, t.powerWatts(), compact(watts), compact(counts), device));
        }
    }

    /** The map, read-only, in its order; a tier usually has one module type or none, and there are many tiers. */
    private static Map<String, Double> compact(Map<String, Double> m) {
        return switch (m.size()) {
            case 0 -> Map.of();
            case 1 -> {
                Map.Entry<String, Double> e = m.entrySet().iterator().next();
                yield Map.of(e.getKey(), e.getValue());
            }
            default -> Collections.unmodifiableMap(m);
        };
    }

    private static void addModules(Map<String, Double> watts, Map<String, Double> counts, ModuleSpec module,
                                   long ports, int devices) {
        double perDevice = (double) ports / devices;
        counts.merge(module.name(), perDevice, Double::sum);
        watts.merge(module.name(), perDevice * (module.powerWatts() == null ? 0 : module.powerWatts()), Double::sum);
    }

    private void placeRacks() {
        Map<String, List<TierDef>> byRack = new java.util.HashMap<>();
        for (TierDef t : model.tiers().values()) {
            if (t.rack() != null) {
                byRack.computeIfAbsent(t.rack().text(), k -> new ArrayList<>()).add(t);
            }
        }
        for (RackDef r : model.racks().values()) {
            List<TierDef> placed = new ArrayList<>();
            double units = 0;
            double watts = 0;
            for (TierDef t : byRack.getOrDefault(r.name().text(), List.of())) {
                long perRack = devicesPerRack(t, r);
                placed.add(t);
                units += perRack * t.heightUnits();
                watts += perRack * tierPower.get(t.name().text()).deviceWatts();
            }
            racks.put(r.name().text(), new RackLoad(r, List.copyOf(placed), units, watts));
        }
    }

    /** Devices of a tier in one rack of its group: ceil(count / racks). */
    public static long devicesPerRack(TierDef tier, RackDef rack) {
        return ceilDiv(tier.count(), rack.count());
    }

    public FabricModel model() {
        return model;
    }

    public List<LinkPlan> links() {
        return Collections.unmodifiableList(links);
    }

    public LinkPlan link(LinkDef def) {
        return byLink.get(def);
    }

    /** Port groups by `tier.port`. */
    public Map<String, PortUsage> ports() {
        return Collections.unmodifiableMap(ports);
    }

    public PortUsage port(TierDef tier, PortDef port) {
        return ports.get(key(tier, port));
    }

    public Map<String, TierPower> tierPower() {
        return Collections.unmodifiableMap(tierPower);
    }

    public Map<String, RackLoad> racks() {
        return Collections.unmodifiableMap(racks);
    }

    /** Module counts by name, both ends of every link group. */
    public Map<String, Long> modules() {
        return Collections.unmodifiableMap(modules);
    }

    /** Gb/s per `A->B`, summing link groups between the same two tiers. */
    public Map<String, Double> bandwidth() {
        return Collections.unmodifiableMap(bandwidth);
    }

    public long fibers() {
        return fibers;
    }

    public double itWatts() {
        return tierPower.values().stream().mapToDouble(TierPower::totalWatts).sum();
    }

    public double facilityWatts() {
        return itWatts() * model.pue();
    }

    /** Bandwidth of links whose target is the tier (from below). */
    public double downlinkGbps(String tier) {
        return downGbps.getOrDefault(tier, 0.0);
    }

    /** Bandwidth of links whose source is the tier (towards the upper tier). */
    public double uplinkGbps(String tier) {
        return upGbps.getOrDefault(tier, 0.0);
    }

    /** down ÷ up, or null for a tier without links on both sides. */
    public Double oversubscription(String tier) {
        double down = downlinkGbps(tier);
        double up = uplinkGbps(tier);
        return down > 0 && up > 0 ? down / up : null;
    }

    /** True when a link group starts or ends at the tier. */
    public boolean linked(String tier) {
        return linkedTiers.contains(tier);
    }
}
