package io.fabriclint.analyzer.report;

import io.fabriclint.analyzer.graph.MermaidGraph;
import io.fabriclint.analyzer.physical.FabricPlan;

import java.util.List;

/**
 * `fabric report --format markdown`: GitHub tables for a pull-request comment or a
 * CI job summary, and the topology as a Mermaid diagram.
 */
public final class ReportMarkdown {
    private ReportMarkdown() {
    }

    public static String render(FabricPlan plan) {
        StringBuilder out = new StringBuilder();
        String name = plan.model().fabric() == null ? "Fabric report" : "Fabric report: " + plan.model().fabric().name().text();
        out.append("## ").append(name).append("\n\n");
        for (ReportTables.Table t : ReportTables.of(plan)) {
            out.append("### ").append(t.title()).append("\n\n");
            boolean hasHeader = t.header().stream().anyMatch(h -> !h.isEmpty());
            List<String> header = hasHeader ? t.header() : List.of("figure", "value");
            MarkdownTable.render(out, header, t.rows(), t.numeric());
            out.append('\n');
        }
        if (!plan.model().tiers().isEmpty()) {
            // GitHub and GitLab render this block as a diagram (docs/graph.md).
            out.append("### Topology\n\n```mermaid\n").append(MermaidGraph.render(plan)).append("```\n");
        }
        return out.toString();
    }
}
