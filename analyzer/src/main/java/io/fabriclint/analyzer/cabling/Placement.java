package io.fabriclint.analyzer.cabling;

import io.fabriclint.analyzer.model.FabricModel;
import io.fabriclint.analyzer.model.RackDef;
import io.fabriclint.analyzer.model.TierDef;
import io.fabriclint.analyzer.physical.FabricPlan;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each device stands (cabling.md §1): device d (1-based) of a tier of N
 * placed in a group of K racks stands in rack ceil(d / ceil(N / K)), the
 * spread the rack rules assume; within a rack, devices are stacked from U1
 * up, tiers in model order, each tier's devices in number order. Computed
 * per device from counts: nothing per device is stored.
 */
public final class Placement {
    /** A tier's place: its rack group, devices per rack, and the tiers stacked below it in the same racks. */
    private record Place(RackDef rack, long perRack, int digits, List<TierDef> below) {
    }

    private final Map<TierDef, Place> places = new IdentityHashMap<>();

    public Placement(FabricModel model) {
        Map<RackDef, List<TierDef>> stacked = new IdentityHashMap<>();
        for (TierDef t : model.tiers().values()) {
            RackDef r = t.rack() == null ? null : model.racks().get(t.rack().text());
            if (r != null) {
                List<TierDef> before = stacked.computeIfAbsent(r, k -> new ArrayList<>());
                places.put(t, new Place(r, FabricPlan.devicesPerRack(t, r), Numbering.digits(r.count()),
                        List.copyOf(before)));
                before.add(t);
            }
        }
    }

    /** The rack group the tier stands in, or null. */
    public RackDef rackGroup(TierDef tier) {
        Place p = places.get(tier);
        return p == null ? null : p.rack();
    }

    /** 1-based rack number of a 0-based device within its tier's rack group, 0 when the tier has no rack. */
    public long rackNumber(TierDef tier, long device) {
        Place p = places.get(tier);
        return p == null ? 0 : device / p.perRack() + 1;
    }

    /** `network-1`, `compute-07`; null when the tier has no rack. */
    public String rackName(TierDef tier, long device) {
        Place p = places.get(tier);
        if (p == null) {
            return null;
        }
        String group = p.rack().name().text();
        StringBuilder sb = new StringBuilder(group.length() + p.digits() + 1).append(group).append('-');
        Numbering.pad(sb, device / p.perRack() + 1, p.digits());
        return sb.toString();
    }

    /**
     * The device's lowest rack unit (U1 is the bottom), or null when the tier has no rack or the device would
     * pass the rack's height (the rack is then FAB303).
     */
    public Double unit(TierDef tier, long device) {
        Place p = places.get(tier);
        if (p == null) {
            return null;
        }
        long rack = device / p.perRack() + 1;
        double below = 0;
        for (TierDef t : p.below()) {
            long per = places.get(t).perRack();
            long here = Math.max(0, Math.min(per, t.count() - (rack - 1) * per));
            below += here * t.heightUnits();
        }
        double position = 1 + below + (device % p.perRack()) * tier.heightUnits();
        return position + tier.heightUnits() - 1 > p.rack().heightUnits() + 1e-9 ? null : position;
    }
}
