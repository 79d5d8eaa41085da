package io.fabriclint.analyzer.physical;

import io.fabriclint.analyzer.model.PortDef;
import io.fabriclint.analyzer.model.TierDef;

import java.util.List;

/**
 * How many ports of one port group (over all devices of its tier) the links use.
 *
 * @param available tier count × cages per device
 * @param used      summed over every link that touches the group, source and target sides
 * @param links     the link groups that touch it
 */
public record PortUsage(TierDef tier, PortDef port, long available, long used, List<LinkPlan> links) {
    public long unused() {
        return Math.max(0, available - used);
    }

    public String label() {
        return tier.name().text() + "." + port.name().text();
    }
}
