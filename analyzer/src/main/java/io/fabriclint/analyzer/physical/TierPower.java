package io.fabriclint.analyzer.physical;

import io.fabriclint.analyzer.model.TierDef;

import java.util.Map;

/**
 * Power of one tier (spec §4): device = base + modules in its ports.
 *
 * @param moduleWattsByType per device: module name → watts of those modules
 * @param modulesByType     per device: module name → module count (may be fractional when spread unevenly)
 */
public record TierPower(TierDef tier, double baseWatts, Map<String, Double> moduleWattsByType,
                        Map<String, Double> modulesByType, double deviceWatts) {
    public double totalWatts() {
        return tier.count() * deviceWatts;
    }

    public double moduleWatts() {
        return deviceWatts - baseWatts;
    }
}
