package io.fabriclint.analyzer.catalog;

import io.fabriclint.analyzer.values.Quantity;

/**
 * The optical channel signature `N x RATE FAMILY` (spec §3.2): N breakout
 * channels of one kind. Two ends interoperate when rate and family match and
 * the counts divide one another.
 */
public record Lanes(int count, double rateGbps, String family) {
    public boolean sameKind(Lanes other) {
        return rateGbps == other.rateGbps && family.equals(other.family);
    }

    public String kind() {
        return Quantity.gbps(rateGbps) + " " + family;
    }

    @Override
    public String toString() {
        return count + " x " + kind();
    }
}
