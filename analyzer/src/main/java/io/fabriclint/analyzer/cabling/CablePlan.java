package io.fabriclint.analyzer.cabling;

import io.fabriclint.analyzer.catalog.ModuleSpec;
import io.fabriclint.analyzer.model.Template;
import io.fabriclint.analyzer.model.TierDef;
import io.fabriclint.analyzer.physical.FabricPlan;
import io.fabriclint.analyzer.physical.LinkPlan;
import io.fabriclint.analyzer.physical.LinkWiring;
import io.fabriclint.analyzer.values.Quantity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * Every cable of a fabric as a stream (cabling.md §1–§2): link groups in
 * model order, then slots in order. A cable is computed from its link and slot
 * number by the link's {@link LinkWiring}; nothing per cable or per port is
 * kept, so a million cables are written in constant memory. Link groups whose
 * ends do not resolve or whose lanes do not divide (FAB203) have no cables and
 * take no numbers.
 */
public final class CablePlan {
    private final FabricPlan plan;
    private final Placement placement;
    private final List<LinkPlan> links = new ArrayList<>();
    private final Map<LinkPlan, Long> firstNumber = new IdentityHashMap<>();
    private final long total;
    private final int labelDigits;

    public CablePlan(FabricPlan plan) {
        this.plan = plan;
        this.placement = new Placement(plan.model());
        long n = 0;
        for (LinkPlan l : plan.links()) {
            if (l.cabled()) {
                links.add(l);
                firstNumber.put(l, n + 1);
                n += l.wiring().slots();
            }
        }
        this.total = n;
        this.labelDigits = Numbering.digits(n);
    }

    public FabricPlan plan() {
        return plan;
    }

    public Placement placement() {
        return placement;
    }

    /** The link groups that have cables, in model order. */
    public List<LinkPlan> links() {
        return List.copyOf(links);
    }

    /** Cables over the whole model. */
    public long total() {
        return total;
    }

    /** The link column: `leaf.up->spine.down`. */
    public static String key(LinkPlan link) {
        return link.link().sourceTier() + "." + link.link().sourcePort() + "->" + link.link().targetTier() + "."
                + link.link().targetPort();
    }

    /** Number of the link's first cable, or 0 when the link has no cables. */
    public long firstNumber(LinkPlan link) {
        return firstNumber.getOrDefault(link, 0L);
    }

    /** Every device of every tier, tiers in model order, devices in number order. */
    public void forEachDevice(Consumer<Device> sink) {
        for (TierDef t : plan.model().tiers().values()) {
            DeviceNames names = new DeviceNames(t);
            for (long d = 0; d < t.count(); d++) {
                sink.accept(new Device(names.name(d), t, placement.rackName(t, d), placement.unit(t, d)));
            }
        }
    }

    /** Every cable, in order. */
    public void forEach(Consumer<Cable> sink) {
        for (LinkPlan l : links) {
            forEach(l, sink);
        }
    }

    /** The cables of one link group, in order. */
    public void forEach(LinkPlan link, Consumer<Cable> sink) {
        iterator(link).forEachRemaining(sink);
    }

    /**
     * The cables of one link group, in order, pulled one at a time: for a
     * reader that walks several streams side by side (`fabric diff`).
     */
    public Iterator<Cable> iterator(LinkPlan link) {
        if (!firstNumber.containsKey(link)) {
            return Collections.emptyIterator();
        }
        Cabler c = new Cabler(link);
        long slots = link.wiring().slots();
        return new Iterator<>() {
            private long slot;

            @Override
            public boolean hasNext() {
                return slot < slots;
            }

            @Override
            public Cable next() {
                if (slot >= slots) {
                    throw new NoSuchElementException();
                }
                return c.cable(slot++);
            }
        };
    }

    /** One cable of a link group by its 0-based slot. */
    public Cable cable(LinkPlan link, long slot) {
        if (!firstNumber.containsKey(link) || slot < 0 || slot >= link.wiring().slots()) {
            throw new IllegalArgumentException("no slot " + slot + " in " + key(link));
        }
        return new Cabler(link).cable(slot);
    }

    /** What one link needs to compute its cables, set up once per link. */
    private final class Cabler {
        private final LinkWiring w;
        private final String key;
        private final LinkSide source;
        private final LinkSide target;
        private final String fiber;
        private final boolean copper;
        private final Double length;
        private final long fibers;
        private final Template labels;
        private final long first;

        Cabler(LinkPlan link) {
            this.w = link.wiring();
            this.key = key(link);
            boolean named = link.link().modules() != null;
            this.source = new LinkSide(link, false, plan.port(link.sourceTier(), link.sourcePort()), placement,
                    named ? link.link().modules().source().text() : null);
            this.target = new LinkSide(link, true, plan.port(link.targetTier(), link.targetPort()), placement,
                    named ? link.link().modules().target().text() : null);
            ModuleSpec m = link.sourceModule();
            this.copper = m != null && m.isCopper();
            this.fiber = copper || link.link().fiber() == null ? null : link.link().fiber().label();
            this.length = link.link().lengthMeters();
            this.fibers = m == null || m.fibers() == null ? 0 : m.fibers();
            this.labels = link.link().labels() == null ? Template.CABLE_LABELS : link.link().labels();
            this.first = firstNumber.get(link);
        }

        Cable cable(long t) {
            long number = first + t;
            Cable.End a = source.end(w.sourceDevice(t), w.sourcePortOfLink(t), w.sourceLeg(t));
            Cable.End z = target.end(w.targetDevice(t), w.targetPortOfLink(t), w.targetLeg(t));
            return new Cable(number, label(number), key, a, z, fiber, copper, length, strands(t));
        }

        /** fibers(M) / r when the source port is broken out, spread so the legs add up to fibers(M). */
        private long strands(long t) {
            long r = w.sourceLegs();
            if (r <= 1) {
                return fibers;
            }
            long leg = t % r;
            return fibers / r + (leg < fibers % r ? 1 : 0);
        }

        private String label(long number) {
            StringBuilder sb = new StringBuilder(labelDigits + 4);
            for (Template.Part p : labels.parts()) {
                if (p.literal() != null) {
                    sb.append(p.literal());
                } else if (p.placeholder().equals("n")) {
                    Numbering.pad(sb, number, labelDigits);
                } else if (p.placeholder().equals("i")) {
                    sb.append(number);
                }
            }
            return sb.toString();
        }
    }

    /** A length in metres or a rack unit as the cut sheet writes it: `2000`, `250`, `2.5`, `12`. */
    public static String plain(double meters) {
        return Quantity.format(meters, 6);
    }

    /** {@link #plain(double)}, appended; a whole number is appended without an intermediate String. */
    public static void plain(StringBuilder out, double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            out.append((long) value);
        } else {
            out.append(plain(value));
        }
    }
}
