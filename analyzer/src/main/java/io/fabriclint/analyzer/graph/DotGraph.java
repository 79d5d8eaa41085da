package io.fabriclint.analyzer.graph;

import io.fabriclint.analyzer.physical.FabricPlan;

import java.util.List;

/**
 * `fabric graph --format dot`: Graphviz DOT, lower tiers at the bottom
 * (`rankdir=BT`), racks as `cluster_` subgraphs. Render it with
 * `dot -Tsvg fabric.dot -o fabric.svg`.
 */
public final class DotGraph {
    private DotGraph() {
    }

    public static String render(FabricPlan plan) {
        return render(FabricGraph.of(plan));
    }

    public static String render(FabricGraph graph) {
        StringBuilder out = new StringBuilder();
        out.append("digraph ").append(id(graph.name())).append(" {\n");
        out.append("  rankdir=BT;\n");
        out.append("  graph [fontname=\"Helvetica\"];\n");
        out.append("  node [shape=box, style=rounded, fontname=\"Helvetica\"];\n");
        out.append("  edge [fontname=\"Helvetica\", fontsize=10];\n");
        for (FabricGraph.Cluster c : graph.clusters()) {
            out.append("\n  subgraph ").append(id("cluster_" + c.rack())).append(" {\n");
            out.append("    label=").append(label(c.label())).append(";\n");
            out.append("    style=dashed;\n");
            for (FabricGraph.Node n : graph.nodes()) {
                if (c.rack().equals(n.cluster())) {
                    out.append("    ").append(node(n)).append('\n');
                }
            }
            out.append("  }\n");
        }
        boolean loose = false;
        for (FabricGraph.Node n : graph.nodes()) {
            if (n.cluster() == null) {
                out.append(loose ? "" : "\n").append("  ").append(node(n)).append('\n');
                loose = true;
            }
        }
        if (!graph.edges().isEmpty()) {
            out.append('\n');
        }
        for (FabricGraph.Edge e : graph.edges()) {
            out.append("  ").append(id(e.source())).append(" -> ").append(id(e.target()))
                    .append(" [label=").append(label(e.label())).append("];\n");
        }
        out.append("}\n");
        return out.toString();
    }

    private static String node(FabricGraph.Node n) {
        return id(n.tier()) + " [label=" + label(n.label()) + "];";
    }

    /** A quoted DOT ID: any text, with `"` and `\` escaped. */
    static String id(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
    }

    /** Label lines joined with DOT's centred line break `\n`. */
    private static String label(List<String> lines) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < lines.size(); i++) {
            out.append(i == 0 ? "" : "\\n").append(lines.get(i).replace("\\", "\\\\").replace("\"", "\\\"")
                    .replace("\n", " "));
        }
        return out.append('"').toString();
    }
}
