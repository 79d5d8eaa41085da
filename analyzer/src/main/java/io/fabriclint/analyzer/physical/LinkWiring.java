package io.fabriclint.analyzer.physical;

import io.fabriclint.analyzer.model.Wiring;

/**
 * Which source port meets which target port in one link group
 * (cabling.md §2), by index arithmetic: nothing per port or per cable is
 * stored, so a cable is computed from its slot number alone and a million
 * cables cost what one does. Devices, ports, slots and legs are 0-based here;
 * names and the cut sheet count from 1.
 *
 * <p>Source port {@code s} is port {@code s mod c} of source device {@code s / c}.
 * When the source lanes {@code m} are at least the target lanes {@code n}, source port
 * {@code s} carries {@code r = m / n} cables in slots {@code s·r … s·r + r − 1} (its legs);
 * otherwise it carries one cable in slot {@code s}, and {@code g = n / m} cables share a
 * target port, arriving on its legs.
 */
public final class LinkWiring {
    private final Wiring kind;
    private final long perDevice;
    private final long targetDevices;
    private final long sourceLegs;
    private final long targetLegs;
    private final long slots;
    private final long start;
    private final long perTargetDevice;

    private LinkWiring(Wiring kind, long slots, long perDevice, long targetDevices, long sourceLegs, long targetLegs,
                       long start) {
        this.kind = kind == null ? Wiring.STRIPE : kind;
        this.perDevice = perDevice;
        this.targetDevices = Math.max(1, targetDevices);
        this.sourceLegs = sourceLegs;
        this.targetLegs = targetLegs;
        this.slots = slots;
        this.start = this.kind == Wiring.STRIPE ? Math.floorMod(start, this.targetDevices) : 0;
        this.perTargetDevice = ceilDiv(slots, this.targetDevices);
    }

    /**
     * @param sourceDevices |A|
     * @param perDevice     c, source ports of this link per source device
     * @param targetDevices |B|
     * @param m             source lanes (1 when unknown)
     * @param n             target lanes (1 when unknown); m and n divide one another
     * @param start         stripe: the target device that takes slot 0 (d0)
     */
    public static LinkWiring of(Wiring kind, long sourceDevices, long perDevice, long targetDevices, int m, int n,
                                long start) {
        long r = m >= n ? m / n : 1;
        return new LinkWiring(kind, sourceDevices * perDevice * r, perDevice, targetDevices, r, m < n ? n / m : 1, start);
    }

    /**
     * A link whose lanes do not divide (FAB203) has no cables, but its target ports still count as the plain
     * ceiling says and are spread as its wiring would spread them, so later links on the group skip them.
     */
    public static LinkWiring portsOnly(Wiring kind, long targetPorts, long perDevice, long targetDevices, long start) {
        return new LinkWiring(kind, targetPorts, perDevice, targetDevices, 1, 1, start);
    }

    public Wiring kind() {
        return kind;
    }

    /** T: the cables of the link group. */
    public long slots() {
        return slots;
    }

    /** r: cables per source port (legs at the source end when above 1). */
    public long sourceLegs() {
        return sourceLegs;
    }

    /** g: cables per target port (legs at the target end when above 1). */
    public long targetLegs() {
        return targetLegs;
    }

    /** Source port s of slot t (device s / c, its port s mod c of this link). */
    public long sourcePort(long t) {
        return t / sourceLegs;
    }

    public long sourceDevice(long t) {
        return perDevice == 0 ? 0 : sourcePort(t) / perDevice;
    }

    /** Index among this link's ports on the source device. */
    public long sourcePortOfLink(long t) {
        return perDevice == 0 ? 0 : sourcePort(t) % perDevice;
    }

    /** 1-based leg at the source end, 0 when the source port is not broken out. */
    public long sourceLeg(long t) {
        return sourceLegs > 1 ? t % sourceLegs + 1 : 0;
    }

    public long targetDevice(long t) {
        return kind == Wiring.STRIPE ? (start + t) % targetDevices : t / perTargetDevice;
    }

    /** w: the slot's index among this link's slots on its target device. */
    public long slotOnDevice(long t) {
        return kind == Wiring.STRIPE ? t / targetDevices : t % perTargetDevice;
    }

    /** Index among this link's ports on the target device. */
    public long targetPortOfLink(long t) {
        return slotOnDevice(t) / targetLegs;
    }

    /** 1-based leg at the target end, 0 when the target port is not shared. */
    public long targetLeg(long t) {
        return targetLegs > 1 ? slotOnDevice(t) % targetLegs + 1 : 0;
    }

    /** The slots this link puts on a target device. */
    public long slotsOn(long device) {
        if (kind == Wiring.STRIPE) {
            long extra = Math.floorMod(device - start, targetDevices) < slots % targetDevices ? 1 : 0;
            return slots / targetDevices + extra;
        }
        return Math.max(0, Math.min(perTargetDevice, slots - device * perTargetDevice));
    }

    /** The target ports this link uses on a device: a shared port that receives one cable still counts. */
    public long targetPortsOn(long device) {
        return ceilDiv(slotsOn(device), targetLegs);
    }

    /** Target ports used over all target devices (language.md §4). */
    public long targetPorts() {
        if (kind == Wiring.STRIPE) {
            long fewest = slots / targetDevices;
            long more = slots % targetDevices;
            return more * ceilDiv(fewest + 1, targetLegs) + (targetDevices - more) * ceilDiv(fewest, targetLegs);
        }
        long full = perTargetDevice == 0 ? 0 : slots / perTargetDevice;
        return full * ceilDiv(perTargetDevice, targetLegs) + ceilDiv(slots - full * perTargetDevice, targetLegs);
    }

    /** True when every target device receives the same number of cables. */
    public boolean even() {
        return slots % targetDevices == 0;
    }

    /** Where the next stripe link on the same target group starts: the device after this link's last slot. */
    public long nextStart() {
        return slots == 0 ? start : (targetDevice(slots - 1) + 1) % targetDevices;
    }

    /** The first device of each run of target devices with the same {@link #targetPortsOn}, in any order. */
    long[] changes() {
        if (kind == Wiring.STRIPE) {
            long more = slots % targetDevices;
            return new long[]{0, start, (start + more) % targetDevices};
        }
        long full = perTargetDevice == 0 ? 0 : slots / perTargetDevice;
        return new long[]{0, Math.min(full, targetDevices), Math.min(full + 1, targetDevices)};
    }

    /** The block wiring's slots per device, S = ceil(T / |B|). */
    public long perTargetDevice() {
        return perTargetDevice;
    }

    static long ceilDiv(long x, long y) {
        return y <= 0 ? x : (x + y - 1) / y;
    }
}
