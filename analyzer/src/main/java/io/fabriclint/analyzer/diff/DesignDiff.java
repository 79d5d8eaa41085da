package io.fabriclint.analyzer.diff;

import io.fabriclint.analyzer.cabling.CablePlan;
import io.fabriclint.analyzer.physical.FabricPlan;
import io.fabriclint.analyzer.physical.RackLoad;
import io.fabriclint.analyzer.physical.TierPower;
import io.fabriclint.analyzer.report.FabricReport;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * What changes between two designs (cabling.md §5): module counts, fibers,
 * cables, power (IT, facility, per tier and per rack group), bandwidth per
 * link group, oversubscription per tier, findings, and which cables were
 * added, removed or moved. Every figure is read from the two
 * {@link FabricPlan}s as `fabric report` prints it (watts to 0.1 W, ratios to
 * 0.001), so a difference too small to print is no difference. Only entries
 * that changed are kept; the renderers show exactly what is here.
 */
public final class DesignDiff {
    /** A tier's device count, the power of one device and of the whole tier, in watts. */
    public record TierChange(Change count, Change deviceWatts, Change totalWatts) {
        boolean changed() {
            return count.changed() || deviceWatts.changed() || totalWatts.changed();
        }
    }

    /** One rack of a group against its power budget, in watts (the budget null when it has none). */
    public record RackChange(Change watts, Change budgetWatts) {
        public boolean overBefore() {
            return over(watts.before(), budgetWatts.before());
        }

        public boolean overAfter() {
            return over(watts.after(), budgetWatts.after());
        }

        private static boolean over(Double watts, Double budget) {
            return watts != null && budget != null && watts > budget;
        }

        boolean changed() {
            return watts.changed() || budgetWatts.changed();
        }
    }

    private final DiffInput old;
    private final DiffInput now;
    private final Map<String, Change> modules;
    private final Change fibers;
    private final Change itWatts;
    private final Change facilityWatts;
    private final Map<String, TierChange> tiers = new LinkedHashMap<>();
    private final Map<String, RackChange> racks = new LinkedHashMap<>();
    private final Map<String, Change> bandwidth;
    private final Map<String, Change> oversubscription = new LinkedHashMap<>();
    private final DiagnosticChanges diagnostics;
    private final Change cables;
    private final CableChanges cableChanges;

    private DesignDiff(DiffInput old, DiffInput now) {
        this.old = old;
        this.now = now;
        FabricPlan a = old.analysis().plan();
        FabricPlan b = now.analysis().plan();
        modules = counts(a.modules(), b.modules(), Long::doubleValue);
        fibers = Change.of(a.fibers(), b.fibers());
        itWatts = Change.of(FabricReport.round(a.itWatts()), FabricReport.round(b.itWatts()));
        facilityWatts = Change.of(FabricReport.round(a.facilityWatts()), FabricReport.round(b.facilityWatts()));
        for (String tier : union(a.tierPower().keySet(), b.tierPower().keySet())) {
            TierPower x = a.tierPower().get(tier);
            TierPower y = b.tierPower().get(tier);
            TierChange c = new TierChange(Change.of(x == null ? 0 : x.tier().count(), y == null ? 0 : y.tier().count()),
                    Change.of(x == null ? 0 : FabricReport.round(x.deviceWatts()), y == null ? 0 : FabricReport.round(y.deviceWatts())),
                    Change.of(x == null ? 0 : FabricReport.round(x.totalWatts()), y == null ? 0 : FabricReport.round(y.totalWatts())));
            if (c.changed()) {
                tiers.put(tier, c);
            }
            Double over = ratio(a.oversubscription(tier));
            Double under = ratio(b.oversubscription(tier));
            Change o = new Change(over, under);
            if (o.changed()) {
                oversubscription.put(tier, o);
            }
        }
        for (String rack : union(a.racks().keySet(), b.racks().keySet())) {
            RackLoad x = a.racks().get(rack);
            RackLoad y = b.racks().get(rack);
            RackChange c = new RackChange(
                    Change.of(x == null ? 0 : FabricReport.round(x.watts()), y == null ? 0 : FabricReport.round(y.watts())),
                    new Change(budget(x), budget(y)));
            if (c.changed()) {
                racks.put(rack, c);
            }
        }
        bandwidth = counts(a.bandwidth(), b.bandwidth(), Double::doubleValue);
        diagnostics = DiagnosticChanges.between(old, now);
        CablePlan x = new CablePlan(a);
        CablePlan y = new CablePlan(b);
        cables = Change.of(x.total(), y.total());
        cableChanges = CableChanges.between(x, y);
    }

    /** Compares the old design with the new one. */
    public static DesignDiff between(DiffInput old, DiffInput now) {
        return new DesignDiff(old, now);
    }

    private static Double budget(RackLoad load) {
        return load == null || load.budgetWatts() == null ? null : FabricReport.round(load.budgetWatts());
    }

    private static Double ratio(Double value) {
        return value == null ? null : FabricReport.ratio(value);
    }

    /** Figures by name where absent means 0, changed ones only: the old design's order, then new names. */
    private static <T> Map<String, Change> counts(Map<String, T> a, Map<String, T> b, Function<T, Double> value) {
        Map<String, Change> out = new LinkedHashMap<>();
        for (String name : union(a.keySet(), b.keySet())) {
            T x = a.get(name);
            T y = b.get(name);
            Change c = Change.of(x == null ? 0 : value.apply(x), y == null ? 0 : value.apply(y));
            if (c.changed()) {
                out.put(name, c);
            }
        }
        return Collections.unmodifiableMap(out);
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }

    public DiffInput old() {
        return old;
    }

    public DiffInput now() {
        return now;
    }

    /** Module counts by name, both ends of every link group. */
    public Map<String, Change> modules() {
        return modules;
    }

    public Change fibers() {
        return fibers;
    }

    public Change itWatts() {
        return itWatts;
    }

    public Change facilityWatts() {
        return facilityWatts;
    }

    public Map<String, TierChange> tiers() {
        return Collections.unmodifiableMap(tiers);
    }

    public Map<String, RackChange> racks() {
        return Collections.unmodifiableMap(racks);
    }

    /** Gb/s per `A->B`, keyed as `fabric report --format json` keys it. */
    public Map<String, Change> bandwidth() {
        return bandwidth;
    }

    /** Down ÷ up per tier; a side is null where the tier lacks links above or below. */
    public Map<String, Change> oversubscription() {
        return Collections.unmodifiableMap(oversubscription);
    }

    public DiagnosticChanges diagnostics() {
        return diagnostics;
    }

    /** How many cables each design has (cabling.md §2). */
    public Change cables() {
        return cables;
    }

    /** Cables added, removed and moved, matched by label. */
    public CableChanges cableChanges() {
        return cableChanges;
    }

    public boolean powerChanged() {
        return itWatts.changed() || facilityWatts.changed() || !tiers.isEmpty() || !racks.isEmpty();
    }

    /** False when the two designs add up to the same everything: the one line an unchanged design gets. */
    public boolean changed() {
        return !modules.isEmpty() || fibers.changed() || powerChanged() || !bandwidth.isEmpty()
                || !oversubscription.isEmpty() || diagnostics.changed() || cables.changed() || cableChanges.changed();
    }
}
