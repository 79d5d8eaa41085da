package io.fabriclint.analyzer.physical;

import io.fabriclint.analyzer.model.RackDef;
import io.fabriclint.analyzer.model.TierDef;

import java.util.List;

/**
 * What one rack of a group holds: each tier placed in it contributes
 * ceil(tier count / rack count) devices.
 */
public record RackLoad(RackDef rack, List<TierDef> tiers, double units, double watts) {
    public Double budgetWatts() {
        return rack.powerWatts();
    }
}
