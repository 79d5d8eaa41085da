package io.fabriclint.analyzer.diff;

import io.fabriclint.analyzer.values.Figures;

import java.util.ArrayList;
import java.util.List;

/**
 * The diff's figures as tables of cells, only those that changed;
 * {@link DiffText} and {@link DiffMarkdown} lay them out.
 */
final class DiffTables {
    record Table(String title, List<String> header, List<List<String>> rows, boolean[] numeric) {
    }

    private DiffTables() {
    }

    static List<Table> of(DesignDiff diff) {
        List<Table> tables = new ArrayList<>();
        if (!diff.modules().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            diff.modules().forEach((name, c) -> rows.add(List.of(name, DiffFigures.count(c.before()),
                    DiffFigures.count(c.after()), DiffFigures.countDelta(c))));
            tables.add(new Table("Modules", List.of("module", "old", "new", "change"), rows,
                    new boolean[]{false, true, true, true}));
        }
        List<List<String>> totals = new ArrayList<>();
        if (diff.fibers().changed()) {
            totals.add(countRow("fiber strands", diff.fibers()));
        }
        if (!totals.isEmpty()) {
            tables.add(new Table("Fibers", List.of("", "old", "new", "change"), totals,
                    new boolean[]{false, true, true, true}));
        }
        if (diff.itWatts().changed() || diff.facilityWatts().changed()) {
            List<List<String>> rows = new ArrayList<>();
            rows.add(wattsRow("IT", diff.itWatts()));
            rows.add(wattsRow("facility", diff.facilityWatts()));
            tables.add(new Table("Power", List.of("", "old", "new", "change"), rows,
                    new boolean[]{false, true, true, true}));
        }
        if (!diff.tiers().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            diff.tiers().forEach((name, t) -> rows.add(List.of(name, DiffFigures.fromTo(t.count(), Figures::count),
                    DiffFigures.fromTo(t.deviceWatts(), Figures::watts), DiffFigures.fromTo(t.totalWatts(), Figures::watts),
                    DiffFigures.wattsDelta(t.totalWatts()))));
            tables.add(new Table("Power per tier", List.of("tier", "devices", "device", "tier total", "change"), rows,
                    new boolean[]{false, true, true, true, true}));
        }
        if (!diff.racks().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            diff.racks().forEach((name, r) -> rows.add(List.of(name, DiffFigures.fromTo(r.watts(), Figures::watts),
                    DiffFigures.wattsDelta(r.watts()), DiffFigures.fromTo(r.budgetWatts(), Figures::watts),
                    load(r), status(r))));
            tables.add(new Table("Power per rack (one rack of each group)",
                    List.of("rack", "power", "change", "budget", "load", "status"), rows,
                    new boolean[]{false, true, true, true, true, false}));
        }
        if (!diff.bandwidth().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            diff.bandwidth().forEach((name, c) -> rows.add(List.of(name, DiffFigures.bandwidth(c.before()),
                    DiffFigures.bandwidth(c.after()), DiffFigures.bandwidthDelta(c))));
            tables.add(new Table("Bandwidth", List.of("link group", "old", "new", "change"), rows,
                    new boolean[]{false, true, true, true}));
        }
        if (!diff.oversubscription().isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            diff.oversubscription().forEach((tier, c) -> rows.add(List.of(tier, DiffFigures.ratio(c.before()),
                    DiffFigures.ratio(c.after()))));
            tables.add(new Table("Oversubscription", List.of("tier", "old", "new"), rows,
                    new boolean[]{false, true, true}));
        }
        return tables;
    }

    private static List<String> countRow(String name, Change c) {
        return List.of(name, DiffFigures.count(c.before()), DiffFigures.count(c.after()), DiffFigures.countDelta(c));
    }

    private static List<String> wattsRow(String name, Change c) {
        String pct = DiffFigures.percentDelta(c);
        return List.of(name, DiffFigures.watts(c.before()), DiffFigures.watts(c.after()),
                DiffFigures.wattsDelta(c) + (pct.isEmpty() ? "" : " (" + pct + ")"));
    }

    private static String load(DesignDiff.RackChange r) {
        String a = r.budgetWatts().before() == null ? "" : Figures.percent(r.watts().before(), r.budgetWatts().before());
        String b = r.budgetWatts().after() == null ? "" : Figures.percent(r.watts().after(), r.budgetWatts().after());
        return a.equals(b) || a.isEmpty() ? b : b.isEmpty() ? a + " → " + DiffFigures.NONE : a + " → " + b;
    }

    private static String status(DesignDiff.RackChange r) {
        if (r.overAfter()) {
            return r.overBefore() ? "over budget" : "now over budget";
        }
        if (r.overBefore()) {
            return "back within budget";
        }
        return r.budgetWatts().after() == null ? "no budget" : "within budget";
    }
}
