package io.fabriclint.analyzer.diff;

import io.fabriclint.analyzer.diagnostics.Diagnostic;
import io.fabriclint.analyzer.diagnostics.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The few changes a reviewer must see first, most serious first: new and
 * fixed findings, racks that go over (or back under) their budget, IT power,
 * the largest module changes, fibers, oversubscription, cables moved, added
 * and removed.
 */
final class DiffHeadline {
    /** Module rows named in the headline; the table lists them all. */
    private static final int MODULES = 2;

    private DiffHeadline() {
    }

    static List<String> of(DesignDiff diff) {
        List<String> out = new ArrayList<>();
        String findings = findings(diff.diagnostics());
        if (!findings.isEmpty()) {
            out.add(findings);
        }
        diff.racks().forEach((name, r) -> {
            if (r.overAfter() && !r.overBefore()) {
                out.add("rack " + name + " over budget (" + DiffFigures.watts(r.watts().after()) + " of "
                        + DiffFigures.watts(r.budgetWatts().after()) + ")");
            } else if (r.overBefore() && !r.overAfter()) {
                out.add("rack " + name + " back within budget");
            }
        });
        // Facility power follows IT power unless the PUE changed alone.
        Change power = diff.itWatts().changed() ? diff.itWatts() : diff.facilityWatts();
        if (power.changed()) {
            String pct = DiffFigures.percentDelta(power);
            out.add((power == diff.itWatts() ? "IT" : "facility") + " power " + DiffFigures.wattsDelta(power)
                    + (pct.isEmpty() ? "" : " (" + pct + ")"));
        }
        diff.modules().entrySet().stream()
                .sorted(Comparator.comparingDouble((Map.Entry<String, Change> e) -> -Math.abs(e.getValue().delta())))
                .limit(MODULES)
                .forEach(e -> out.add(DiffFigures.countDelta(e.getValue()) + " " + e.getKey()));
        if (diff.fibers().changed()) {
            out.add(DiffFigures.countDelta(diff.fibers()) + " fibers");
        }
        diff.oversubscription().forEach((tier, c) -> out.add(tier + " oversubscription "
                + DiffFigures.ratio(c.before()) + " → " + DiffFigures.ratio(c.after())));
        if (diff.cableChanges().changed()) {
            out.add("cables " + DiffTables.cableSummary(diff.cableChanges()));
        }
        return out;
    }

    /** `2 new errors, 1 new warning, 1 fixed`; empty when no finding changed. */
    static String findings(DiagnosticChanges d) {
        List<String> parts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            long n = d.added().stream().filter(x -> x.severity() == s).count();
            if (n > 0) {
                parts.add(n + " new " + s.label() + (n == 1 || s == Severity.INFO ? "" : "s"));
            }
        }
        if (!d.fixed().isEmpty()) {
            parts.add(d.fixed().size() + " fixed");
        }
        return String.join(", ", parts);
    }

    static String where(DiffInput input, Diagnostic d) {
        return input.displayPath().apply(d.file()) + ":" + (d.range().startLine() + 1) + ":" + (d.range().startColumn() + 1);
    }
}
