package io.fabriclint.analyzer.graph;

import io.fabriclint.analyzer.physical.FabricPlan;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * `fabric graph --format mermaid`: a Mermaid flowchart, which GitHub and
 * GitLab render in markdown (a ```mermaid block). Lower tiers at the bottom
 * (`flowchart BT`), racks as subgraphs. Tier and rack names become safe node
 * IDs (`tier_super_spine`); labels are quoted, with `"`, `<` and `>` as
 * Mermaid entities, so no name can break the diagram.
 */
public final class MermaidGraph {
    private MermaidGraph() {
    }

    public static String render(FabricPlan plan) {
        return render(FabricGraph.of(plan));
    }

    public static String render(FabricGraph graph) {
        Ids ids = new Ids();
        StringBuilder out = new StringBuilder("flowchart BT\n");
        for (FabricGraph.Cluster c : graph.clusters()) {
            out.append("  subgraph ").append(ids.of("rack", c.rack())).append('[').append(label(c.label()))
                    .append("]\n");
            for (FabricGraph.Node n : graph.nodes()) {
                if (c.rack().equals(n.cluster())) {
                    out.append("    ").append(node(ids, n)).append('\n');
                }
            }
            out.append("  end\n");
        }
        for (FabricGraph.Node n : graph.nodes()) {
            if (n.cluster() == null) {
                out.append("  ").append(node(ids, n)).append('\n');
            }
        }
        for (FabricGraph.Edge e : graph.edges()) {
            out.append("  ").append(ids.of("tier", e.source())).append(" -->|").append(label(e.label())).append("| ")
                    .append(ids.of("tier", e.target())).append('\n');
        }
        return out.toString();
    }

    private static String node(Ids ids, FabricGraph.Node n) {
        return ids.of("tier", n.tier()) + "[" + label(n.label()) + "]";
    }

    /** `"line one<br/>line two"`, with the characters Mermaid would read as syntax written as entities. */
    private static String label(List<String> lines) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < lines.size(); i++) {
            out.append(i == 0 ? "" : "<br/>").append(lines.get(i).replace("#", "#35;").replace("\"", "#quot;")
                    .replace("<", "#lt;").replace(">", "#gt;").replace("\n", " "));
        }
        return out.append('"').toString();
    }

    /** Node IDs: letters, digits and `_`, prefixed so that no name collides with a keyword (`end`). */
    private static final class Ids {
        private final Map<String, String> assigned = new HashMap<>();
        private final Set<String> taken = new HashSet<>();

        String of(String kind, String name) {
            return assigned.computeIfAbsent(kind + "\u0000" + name, k -> {
                String base = kind + "_" + name.replaceAll("[^A-Za-z0-9_]", "_");
                String id = base;
                for (int n = 2; !taken.add(id); n++) {
                    id = base + "_" + n;
                }
                return id;
            });
        }
    }
}
