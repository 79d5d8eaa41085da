package io.fabriclint.analyzer.values;

import java.util.Locale;

/** How reports and diagrams write counts, power and bandwidth, so they read the same everywhere. */
public final class Figures {
    private Figures() {
    }

    /** `1,024`. */
    public static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** `1,024`, or `4.50` for a count spread unevenly (modules per device). */
    public static String count(double n) {
        if (n == Math.rint(n)) {
            return count((long) n);
        }
        return String.format(Locale.ROOT, "%,.2f", n);
    }

    /** `82.2%`; empty for a whole of 0. */
    public static String percent(double part, double whole) {
        return whole <= 0 ? "" : String.format(Locale.ROOT, "%.1f%%", part / whole * 100);
    }

    /**
     * {@link #percent}, with the decimals it takes to read differently from {@code mark} percent
     * when it differs: 9,001 W of 10 kW against a 90% threshold is `90.01%`, not `90.0%`.
     */
    public static String percent(double part, double whole, double mark) {
        if (whole <= 0) {
            return "";
        }
        double p = part / whole * 100;
        return String.format(Locale.ROOT, "%." + Quantity.decimalsApart(p, mark, 1) + "f%%", p);
    }

    /** `912 W`, `10,272 W`, `41.1 kW`, `1.41 MW`. */
    public static String watts(double w) {
        if (Math.abs(w) >= 1_000_000) {
            return String.format(Locale.ROOT, "%,.2f MW", w / 1_000_000);
        }
        if (Math.abs(w) >= 10_000) {
            return String.format(Locale.ROOT, "%,.1f kW", w / 1000);
        }
        return String.format(Locale.ROOT, "%,.1f W", w).replace(".0 W", " W");
    }

    /** `400 Gb/s`, `409.6 Tb/s`. */
    public static String bandwidth(double gbps) {
        return gbps >= 1000 ? String.format(Locale.ROOT, "%,.1f Tb/s", gbps / 1000) : Quantity.format(gbps) + " Gb/s";
    }
}
