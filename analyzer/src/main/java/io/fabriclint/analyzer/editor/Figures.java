package io.fabriclint.analyzer.editor;

import io.fabriclint.analyzer.values.Quantity;

import java.util.Locale;

/** Numbers as the editor shows them: the same units and rounding as `fabric report`. */
public final class Figures {
    private Figures() {
    }

    public static String watts(double w) {
        if (Math.abs(w) >= 1_000_000) {
            return String.format(Locale.ROOT, "%,.2f MW", w / 1_000_000);
        }
        if (Math.abs(w) >= 10_000) {
            return String.format(Locale.ROOT, "%,.1f kW", w / 1000);
        }
        return String.format(Locale.ROOT, "%,.1f W", w).replace(".0 W", " W");
    }

    public static String bandwidth(double gbps) {
        if (gbps >= 1000) {
            return String.format(Locale.ROOT, "%,.1f Tb/s", gbps / 1000);
        }
        return Quantity.format(gbps) + " Gb/s";
    }

    public static String count(double n) {
        if (n == Math.rint(n)) {
            return String.format(Locale.ROOT, "%,d", (long) n);
        }
        return String.format(Locale.ROOT, "%,.2f", n);
    }

    public static String percent(double part, double whole) {
        return whole <= 0 ? "" : String.format(Locale.ROOT, "%.1f%%", part / whole * 100);
    }
}
