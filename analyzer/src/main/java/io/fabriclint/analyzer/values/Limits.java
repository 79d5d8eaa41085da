package io.fabriclint.analyzer.values;

/**
 * How a figure is compared with a limit, for every rule, fix and hover that
 * does so. Figures are computed in floating point from what was written
 * (`16.1km` is 16.1 × 1000 = 16100.000000000002 m; 8 × 2.08kW), so a figure
 * equal to its limit on paper may differ from it in the last bits. Within a
 * relative tolerance far below anything a file can express, it is equal.
 */
public final class Limits {
    private static final double TOLERANCE = 1e-9;

    private Limits() {
    }

    /** True when {@code value} is over {@code limit} by more than rounding. */
    public static boolean exceeds(double value, double limit) {
        return value > limit + TOLERANCE * Math.max(1, Math.abs(limit));
    }

    /** True when {@code value} reaches {@code limit}: not under it by more than rounding. */
    public static boolean reaches(double value, double limit) {
        return !exceeds(limit, value);
    }
}
