package io.fabriclint.analyzer.diff;

import io.fabriclint.analyzer.cabling.Cable;
import io.fabriclint.analyzer.values.Figures;

import java.util.ArrayList;
import java.util.List;

/**
 * The diff's figures as tables of cells, only those that changed;
 * {@link DiffText} and {@link DiffMarkdown} lay them out.
 */
final class DiffTables {
    /** Columns of the cable rows, in every format. */
    static final List<String> CABLE_HEADER = List.of("change", "cable", "link", "old ends", "new ends");

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
        if (diff.cables().changed()) {
            totals.add(countRow("cables", diff.cables()));
        }
        if (!totals.isEmpty()) {
            tables.add(new Table("Fibers and cables", List.of("", "old", "new", "change"), totals,
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

    /** `42 moved, 96 added, 0 removed`, the kinds that have cables. */
    static String cableSummary(CableChanges c) {
        List<String> parts = new ArrayList<>();
        if (c.moved() > 0) {
            parts.add(Figures.count(c.moved()) + " moved");
        }
        if (c.added() > 0) {
            parts.add(Figures.count(c.added()) + " added");
        }
        if (c.removed() > 0) {
            parts.add(Figures.count(c.removed()) + " removed");
        }
        return String.join(", ", parts);
    }

    /** Why so many moved, when a renumbering is the reason; null otherwise. */
    static String renumbering(CableChanges c) {
        if (c.renumbered() == 0) {
            return null;
        }
        return Figures.count(c.renumbered()) + " of the moved labels now name a cable of another link group: labels are"
                + " numbered over the whole model, so the link groups after one that grew or shrank are renumbered.";
    }

    /** The rows of the first cables of each kind: kind, label, link group, ends before, ends after. */
    static List<List<String>> cableRows(CableChanges c) {
        List<List<String>> rows = new ArrayList<>();
        for (CableChanges.Move m : c.firstMoved()) {
            rows.add(List.of("moved", m.after().label(), links(m.before(), m.after()), ends(m.before()),
                    ends(m.after())));
        }
        for (Cable a : c.firstAdded()) {
            rows.add(List.of("added", a.label(), a.link(), "", ends(a)));
        }
        for (Cable r : c.firstRemoved()) {
            rows.add(List.of("removed", r.label(), r.link(), ends(r), ""));
        }
        return rows;
    }

    /** The link group, or `old → new` when a renumbering gave the label to a cable of another group. */
    private static String links(Cable before, Cable after) {
        return before.link().equals(after.link()) ? after.link() : before.link() + " → " + after.link();
    }

    /** `gpu-001 nic-1 → leaf-01 down-1/2`, with the modules when the ends name them. */
    static String ends(Cable c) {
        return end(c.a()) + " → " + end(c.z());
    }

    private static String end(Cable.End e) {
        String port = e.interfaceName();
        return e.device() + " " + (port == null ? "(no port)" : port) + (e.module() == null ? "" : " [" + e.module() + "]");
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
