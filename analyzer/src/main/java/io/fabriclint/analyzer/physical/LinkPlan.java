package io.fabriclint.analyzer.physical;

import io.fabriclint.analyzer.catalog.ModuleSpec;
import io.fabriclint.analyzer.model.LinkDef;
import io.fabriclint.analyzer.model.PortDef;
import io.fabriclint.analyzer.model.TierDef;

/**
 * What one link group amounts to (spec §4), computed from counts only.
 * Tiers, ports or modules that do not resolve are null; the figures that
 * need them are then 0.
 *
 * @param sourcePorts       source ports used: |A| × count
 * @param targetPorts       target ports used: what the wiring uses on each target device, summed
 *                          (ceil(|A| × count × m / n) when the cables spread evenly)
 * @param lanesDivide       false when the lane counts of the two ends do not divide one another
 * @param bandwidthGbps     |A| × count × speed(M)
 * @param fibers            |A| × count × fibers(M)
 * @param wiring            which source port meets which target port; null when the source tier or the
 *                          target port group is unknown
 */
public record LinkPlan(LinkDef link, TierDef sourceTier, PortDef sourcePort, TierDef targetTier, PortDef targetPort,
                       ModuleSpec sourceModule, ModuleSpec targetModule, long perDevice, long sourcePorts,
                       long targetPorts, boolean lanesDivide, double bandwidthGbps, long fibers, LinkWiring wiring) {

    /** True when both ends, their ports and modules are known. */
    public boolean complete() {
        return sourceTier != null && sourcePort != null && targetTier != null && targetPort != null
                && sourceModule != null && targetModule != null;
    }

    /**
     * True when the link group has cables to list (cabling.md §3): both ends resolve to port groups and the
     * lanes divide. Unknown modules are listed by the names written (their lanes taken as 1:1).
     */
    public boolean cabled() {
        return sourceTier != null && sourcePort != null && targetTier != null && targetPort != null && lanesDivide
                && wiring != null && wiring.slots() > 0;
    }

    /** `1:2 breakout (each source port feeds 2 target ports)`, or `1:1`. */
    public String breakout() {
        if (sourceModule == null || targetModule == null || sourceModule.lanes() == null || targetModule.lanes() == null) {
            return "unknown";
        }
        int m = sourceModule.lanes().count();
        int n = targetModule.lanes().count();
        if (m == n) {
            return "1:1";
        }
        if (m > n) {
            return "1:" + (m / n) + " breakout (each source port feeds " + (m / n) + " target ports)";
        }
        return (n / m) + ":1 (" + (n / m) + " source ports share one target port)";
    }
}
