package io.fabriclint.analyzer.graph;

import io.fabriclint.analyzer.catalog.ModuleSpec;
import io.fabriclint.analyzer.model.RackDef;
import io.fabriclint.analyzer.model.TierDef;
import io.fabriclint.analyzer.physical.FabricPlan;
import io.fabriclint.analyzer.physical.LinkPlan;
import io.fabriclint.analyzer.physical.TierPower;
import io.fabriclint.analyzer.values.Figures;
import io.fabriclint.analyzer.values.Quantity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The topology of a fabric as a diagram sees it, read from its
 * {@link FabricPlan}: tiers as nodes, link groups as edges, rack groups as
 * clusters of the tiers placed in them. {@link DotGraph} and
 * {@link MermaidGraph} only lay it out. Links whose tiers do not resolve are
 * left out; everything else is drawn even when the fabric has lint errors.
 */
public record FabricGraph(String name, List<Cluster> clusters, List<Node> nodes, List<Edge> edges) {

    /** A tier: its name and the lines of its label (count × device power). */
    public record Node(String tier, List<String> label, String cluster) {
    }

    /** A link group from a lower tier to an upper one. */
    public record Edge(String source, String target, List<String> label) {
    }

    /** A rack group and the tiers placed in it. */
    public record Cluster(String rack, List<String> label) {
    }

    public static FabricGraph of(FabricPlan plan) {
        String name = plan.model().fabric() == null ? "fabric" : plan.model().fabric().name().text();
        Map<String, Cluster> clusters = new LinkedHashMap<>();
        for (RackDef r : plan.model().racks().values()) {
            String size = Figures.count(r.count()) + " × " + Quantity.format(r.heightUnits()) + "U";
            List<String> label = new ArrayList<>(List.of("rack " + r.name().text(), size));
            if (r.powerWatts() != null) {
                label.set(1, size + ", " + Figures.watts(r.powerWatts()) + " each");
            }
            clusters.put(r.name().text(), new Cluster(r.name().text(), List.copyOf(label)));
        }
        List<Node> nodes = new ArrayList<>();
        List<String> usedClusters = new ArrayList<>();
        for (TierDef t : plan.model().tiers().values()) {
            TierPower power = plan.tierPower().get(t.name().text());
            String devices = Figures.count(t.count()) + " × " + Figures.watts(power == null ? t.powerWatts()
                    : power.deviceWatts());
            String rack = t.rack() != null && clusters.containsKey(t.rack().text()) ? t.rack().text() : null;
            if (rack != null && !usedClusters.contains(rack)) {
                usedClusters.add(rack);
            }
            nodes.add(new Node(t.name().text(), List.of(t.name().text(), devices), rack));
        }
        List<Edge> edges = new ArrayList<>();
        for (LinkPlan l : plan.links()) {
            if (l.sourceTier() == null || l.targetTier() == null) {
                continue;
            }
            edges.add(new Edge(l.sourceTier().name().text(), l.targetTier().name().text(), edgeLabel(l)));
        }
        // Only racks that hold a tier become clusters: an empty cluster draws nothing useful.
        List<Cluster> drawn = clusters.values().stream().filter(c -> usedClusters.contains(c.rack())).toList();
        return new FabricGraph(name, drawn, List.copyOf(nodes), List.copyOf(edges));
    }

    private static List<String> edgeLabel(LinkPlan l) {
        ModuleSpec m = l.sourceModule();
        ModuleSpec n = l.targetModule();
        String modules = m == null ? "unknown module"
                : n == null || n == m ? m.name() : m.name() + " → " + n.name();
        String count = Figures.count(l.sourcePorts());
        String figures = m == null || m.speedGbps() == null ? count + " ports"
                : count + " × " + Quantity.format(m.speedGbps()) + "G = " + Figures.bandwidth(l.bandwidthGbps());
        return List.of(modules, figures);
    }
}
