package io.fabriclint.analyzer.cabling;

import io.fabriclint.analyzer.model.TierDef;

/**
 * One device, for the exports that list devices (NetBox, containerlab).
 *
 * @param rack null when the tier stands in no rack
 * @param unit lowest rack unit, null without a rack or when the device does not fit (FAB303)
 */
public record Device(String name, TierDef tier, String rack, Double unit) {
    /** The device type: the tier's `model`, else the tier name. */
    public String deviceType() {
        return tier.deviceModel() != null ? tier.deviceModel() : tier.name().text();
    }
}
