package io.fabriclint.analyzer.report;

import io.fabriclint.analyzer.model.TierDef;
import io.fabriclint.analyzer.physical.FabricPlan;
import io.fabriclint.analyzer.physical.LinkPlan;
import io.fabriclint.analyzer.physical.RackLoad;
import io.fabriclint.analyzer.physical.TierPower;
import io.fabriclint.analyzer.values.Figures;
import io.fabriclint.analyzer.values.Quantity;
import io.fabriclint.analyzer.values.Ratio;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The report's tables (modules, links, tiers, racks, totals), as rows of
 * cells; {@link ReportText} and {@link ReportMarkdown} only lay them out.
 */
final class ReportTables {
    record Table(String title, List<String> header, List<List<String>> rows, boolean[] numeric) {
    }

    private ReportTables() {
    }

    static List<Table> of(FabricPlan plan) {
        List<Table> tables = new ArrayList<>();

        List<List<String>> moduleRows = new ArrayList<>();
        long total = 0;
        for (Map.Entry<String, Long> e : plan.modules().entrySet()) {
            var spec = plan.model().module(e.getKey());
            String power = spec == null || spec.powerWatts() == null ? "" : watts(spec.powerWatts() * e.getValue());
            moduleRows.add(List.of(e.getKey(), count(e.getValue()), power));
            total += e.getValue();
        }
        moduleRows.add(List.of("total", count(total), ""));
        tables.add(new Table("Modules", List.of("module", "count", "power"), moduleRows, new boolean[]{false, true, true}));

        List<List<String>> linkRows = new ArrayList<>();
        for (LinkPlan l : plan.links()) {
            String modules = l.sourceModule() == null ? "?" : l.sourceModule().name();
            if (l.targetModule() != null && l.targetModule() != l.sourceModule()) {
                modules += " -> " + l.targetModule().name();
            }
            linkRows.add(List.of(l.link().label(), modules, count(l.sourcePorts()) + " / " + count(l.targetPorts()),
                    l.breakout().replaceAll(" \\(.*", ""), tbps(l.bandwidthGbps()), count(l.fibers())));
        }
        linkRows.add(List.of("total", "", "", "", "", count(plan.fibers())));
        tables.add(new Table("Links", List.of("link", "modules", "ports (src / dst)", "breakout", "bandwidth", "fibers"),
                linkRows, new boolean[]{false, false, true, false, true, true}));

        List<List<String>> tierRows = new ArrayList<>();
        for (TierPower tp : plan.tierPower().values()) {
            TierDef t = tp.tier();
            String name = t.name().text();
            Double over = plan.oversubscription(name);
            tierRows.add(List.of(name, count(t.count()), watts(tp.baseWatts()), watts(tp.moduleWatts()),
                    watts(tp.deviceWatts()), watts(tp.totalWatts()), tbps(plan.downlinkGbps(name)),
                    tbps(plan.uplinkGbps(name)), over == null ? "" : Ratio.format(over)));
        }
        tables.add(new Table("Tiers", List.of("tier", "count", "base", "modules", "device", "tier total", "down", "up",
                "oversubscription"), tierRows, new boolean[]{false, true, true, true, true, true, true, true, true}));

        if (!plan.racks().isEmpty()) {
            List<List<String>> rackRows = new ArrayList<>();
            for (RackLoad load : plan.racks().values()) {
                Double budget = load.budgetWatts();
                rackRows.add(List.of(load.rack().name().text(), count(load.rack().count()),
                        Quantity.format(load.units()) + "U / " + Quantity.format(load.rack().heightUnits()) + "U",
                        watts(load.watts()), budget == null ? "" : watts(budget),
                        budget == null ? "" : Figures.percent(load.watts(), budget)));
            }
            tables.add(new Table("Racks (one rack of each group)", List.of("rack", "count", "units", "power", "budget",
                    "load"), rackRows, new boolean[]{false, true, true, true, true, true}));
        }

        List<List<String>> totals = List.of(
                List.of("IT power", watts(plan.itWatts())),
                List.of("PUE", Quantity.format(plan.model().pue())),
                List.of("facility power", watts(plan.facilityWatts())),
                List.of("fiber strands", count(plan.fibers())));
        tables.add(new Table("Totals", List.of("", ""), totals, new boolean[]{false, true}));
        return tables;
    }

    static String count(long n) {
        return Figures.count(n);
    }

    static String watts(double w) {
        return Figures.watts(w);
    }

    static String tbps(double gbps) {
        return gbps == 0 ? "" : Figures.bandwidth(gbps);
    }
}
