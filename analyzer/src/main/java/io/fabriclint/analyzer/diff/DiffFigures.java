package io.fabriclint.analyzer.diff;

import io.fabriclint.analyzer.values.Figures;
import io.fabriclint.analyzer.values.Ratio;

import java.util.function.DoubleFunction;

/**
 * How the diff writes figures and their changes, in the report's units
 * ({@link Figures}): `1,024`, `41.1 kW`, `409.6 Tb/s`, `1.5:1`, and signed
 * changes `+512`, `-20.5 kW`. A missing side is `-`.
 */
final class DiffFigures {
    static final String NONE = "-";

    private DiffFigures() {
    }

    static String count(Double n) {
        return n == null ? NONE : Figures.count(n);
    }

    static String watts(Double w) {
        return w == null ? NONE : Figures.watts(w);
    }

    static String bandwidth(Double gbps) {
        return gbps == null ? NONE : gbps == 0 ? "0" : Figures.bandwidth(gbps);
    }

    static String ratio(Double r) {
        return r == null ? NONE : Ratio.format(r);
    }

    static String countDelta(Change c) {
        return signed(c.delta(), Figures::count);
    }

    static String wattsDelta(Change c) {
        return signed(c.delta(), Figures::watts);
    }

    static String bandwidthDelta(Change c) {
        return signed(c.delta(), Figures::bandwidth);
    }

    /** `+2.7%` of the old figure; empty when there was none. */
    static String percentDelta(Change c) {
        if (c.delta() == null || c.delta() == 0 || c.before() == null || c.before() == 0) {
            return "";
        }
        double p = c.delta() / c.before() * 100;
        return String.format(java.util.Locale.ROOT, "%+.1f%%", p);
    }

    /** `old → new` when they differ, else the one value. */
    static String fromTo(Change c, DoubleFunction<String> format) {
        String a = c.before() == null ? NONE : format.apply(c.before());
        String b = c.after() == null ? NONE : format.apply(c.after());
        return a.equals(b) ? b : a + " → " + b;
    }

    private static String signed(Double delta, DoubleFunction<String> format) {
        if (delta == null) {
            return "";
        }
        if (delta == 0) {
            return "0";
        }
        return (delta > 0 ? "+" : "-") + format.apply(Math.abs(delta));
    }
}
