package io.fabriclint.analyzer.physical;

import io.fabriclint.analyzer.model.PortDef;
import io.fabriclint.analyzer.model.TierDef;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * How the links use one port group over all devices of its tier. Links take
 * ports in model order, each the next free ports of every device (cabling.md
 * §2); a link's ports on a device follow from its wiring, so the figures here
 * are exact per device without one object per device: the devices fall into
 * runs that every link treats alike, a handful per link.
 */
public final class PortUsage {
    /** One link's use of this group: its source side (c ports on every device) or its target side (per wiring). */
    public record Load(LinkPlan link, boolean target) {
        long on(long device) {
            return target ? link.wiring().targetPortsOn(device) : link.perDevice();
        }
    }

    private final TierDef tier;
    private final PortDef port;
    private final List<Load> loads;
    private final List<LinkPlan> links;
    private final long used;
    private long unused;
    private long fewestUnused;
    private long mostUnused;
    private long mostOnOneDevice;
    private long devicesShort;

    PortUsage(TierDef tier, PortDef port, List<Load> loads) {
        this.tier = tier;
        this.port = port;
        this.loads = List.copyOf(loads);
        List<LinkPlan> touching = new ArrayList<>();
        long sum = 0;
        for (Load l : loads) {
            if (!touching.contains(l.link())) {
                touching.add(l.link());
            }
            sum += l.target() ? l.link().targetPorts() : l.link().sourcePorts();
        }
        this.links = List.copyOf(touching);
        this.used = sum;
        measure();
    }

    /** Walks the runs of devices that every load treats alike. */
    private void measure() {
        long devices = tier.count();
        TreeSet<Long> starts = new TreeSet<>();
        starts.add(0L);
        for (Load l : loads) {
            if (l.target()) {
                for (long d : l.link().wiring().changes()) {
                    starts.add(d);
                }
            }
        }
        fewestUnused = Long.MAX_VALUE;
        mostUnused = 0;
        for (Long from : starts) {
            Long next = starts.higher(from);
            long run = (next == null ? devices : next) - from;
            if (from >= devices || run <= 0) {
                continue;
            }
            long total = 0;
            for (Load l : loads) {
                total += l.on(from);
            }
            long free = Math.max(0, port.count() - total);
            unused += free * run;
            fewestUnused = Math.min(fewestUnused, free);
            mostUnused = Math.max(mostUnused, free);
            mostOnOneDevice = Math.max(mostOnOneDevice, total);
            if (total > port.count()) {
                devicesShort += run;
            }
        }
        if (fewestUnused == Long.MAX_VALUE) {
            fewestUnused = 0;
        }
    }

    public TierDef tier() {
        return tier;
    }

    public PortDef port() {
        return port;
    }

    /** Tier count × cages per device. */
    public long available() {
        return (long) tier.count() * port.count();
    }

    /** Ports the links need, summed over every link that touches the group, source and target sides. */
    public long used() {
        return used;
    }

    /** The link groups that touch it, in model order. */
    public List<LinkPlan> links() {
        return links;
    }

    /** Free ports, device by device (a device short of ports has none free; it does not lend to others). */
    public long unused() {
        return unused;
    }

    /** The fewest free ports a device of the group has. */
    public long fewestUnused() {
        return fewestUnused;
    }

    public long mostUnused() {
        return mostUnused;
    }

    /** The most ports the links need on one device. */
    public long mostOnOneDevice() {
        return mostOnOneDevice;
    }

    /** Devices on which the links need more ports than the device has. */
    public long devicesShort() {
        return devicesShort;
    }

    /**
     * Ports of this group that earlier loads took on a device: the first port a load gets there. Links take
     * ports in model order, a link's source side before its target side.
     */
    public long portsBefore(LinkPlan link, boolean target, long device) {
        long before = 0;
        for (Load l : loads) {
            if (l.link() == link && l.target() == target) {
                return before;
            }
            before += l.on(device);
        }
        return before;
    }

    public String label() {
        return tier.name().text() + "." + port.name().text();
    }
}
