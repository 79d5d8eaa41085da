package io.fabriclint.analyzer.cabling;

import io.fabriclint.analyzer.model.PortDef;
import io.fabriclint.analyzer.model.TierDef;
import io.fabriclint.analyzer.physical.LinkPlan;
import io.fabriclint.analyzer.physical.PortUsage;

/**
 * One end of a link group's cables: computes a cable end from a device and
 * the index of the link's port on it. Names, racks and units of devices and
 * ports are remembered once computed, for tiers and port groups of up to
 * {@link #REMEMBERED} members (memory grows with devices, never with cables);
 * larger ones are computed each time.
 */
final class LinkSide {
    static final int REMEMBERED = 1 << 16;

    private final LinkPlan link;
    private final boolean target;
    private final TierDef tier;
    private final Placement placement;
    private final DeviceNames names;
    private final PortNames ports;
    private final PortUsage usage;
    private final long cages;
    private final String module;
    private final String[] deviceNames;
    private final String[] racks;
    private final Double[] units;
    private final long[] firstPort;
    private final String[] portNames;

    LinkSide(LinkPlan link, boolean target, PortUsage usage, Placement placement, String module) {
        this.link = link;
        this.target = target;
        this.tier = target ? link.targetTier() : link.sourceTier();
        PortDef port = target ? link.targetPort() : link.sourcePort();
        this.placement = placement;
        this.names = new DeviceNames(tier);
        this.ports = new PortNames(tier, port);
        this.usage = usage;
        this.cages = port.count();
        this.module = module;
        boolean remember = tier.count() <= REMEMBERED;
        this.deviceNames = remember ? new String[tier.count()] : null;
        this.racks = remember ? new String[tier.count()] : null;
        this.units = remember ? new Double[tier.count()] : null;
        this.firstPort = remember ? new long[tier.count()] : null;
        if (remember) {
            java.util.Arrays.fill(firstPort, -1);
        }
        this.portNames = cages <= REMEMBERED ? new String[(int) cages] : null;
    }

    /** The end on a 0-based device, at the link's {@code portOfLink}-th port there, on a leg (0: none). */
    Cable.End end(long device, long portOfLink, long leg) {
        long index = firstPort(device) + portOfLink;
        String port = index < cages ? portName(index) : null;
        if (deviceNames == null) {
            return new Cable.End(names.name(device), port, leg, placement.rackName(tier, device),
                    placement.unit(tier, device), module);
        }
        int d = (int) device;
        if (deviceNames[d] == null) {
            deviceNames[d] = names.name(device);
            racks[d] = placement.rackName(tier, device);
            units[d] = placement.unit(tier, device);
        }
        return new Cable.End(deviceNames[d], port, leg, racks[d], units[d], module);
    }

    /** The first port of this group the link gets on the device: earlier links took the ones before. */
    private long firstPort(long device) {
        if (firstPort == null) {
            return usage.portsBefore(link, target, device);
        }
        int d = (int) device;
        if (firstPort[d] < 0) {
            firstPort[d] = usage.portsBefore(link, target, device);
        }
        return firstPort[d];
    }

    private String portName(long index) {
        if (portNames == null) {
            return ports.name(index);
        }
        int k = (int) index;
        if (portNames[k] == null) {
            portNames[k] = ports.name(index);
        }
        return portNames[k];
    }
}
