package io.fabriclint.analyzer.graph;

import io.fabriclint.analyzer.catalog.ModuleCatalog;
import io.fabriclint.analyzer.lint.Analyzer;
import io.fabriclint.analyzer.model.ModelBuilder;
import io.fabriclint.analyzer.model.SourceProvider;
import io.fabriclint.analyzer.physical.FabricPlan;
import io.fabriclint.analyzer.report.ReportMarkdown;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `fabric graph`: DOT that Graphviz accepts (checked with `dot -Tsvg` when
 * Graphviz is installed, else structurally) and Mermaid that follows the
 * flowchart grammar; both show tiers, link groups and racks.
 */
class GraphTest {
    private static final Pattern DOT_NODE = Pattern.compile("^\\s*(\"(?:[^\"\\\\]|\\\\.)*\") \\[label=\"(?:[^\"\\\\]|\\\\.)*\"\\];$");
    private static final Pattern DOT_EDGE = Pattern.compile(
            "^\\s*(\"(?:[^\"\\\\]|\\\\.)*\") -> (\"(?:[^\"\\\\]|\\\\.)*\") \\[label=\"(?:[^\"\\\\]|\\\\.)*\"\\];$");
    private static final Pattern MERMAID_LABEL = "\"[^\"<>]*(?:<br/>[^\"<>]*)*\"".transform(Pattern::compile);
    private static final Pattern MERMAID_NODE = Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9_]*)\\[(" + MERMAID_LABEL + ")\\]$");
    private static final Pattern MERMAID_EDGE = Pattern.compile(
            "^\\s*([A-Za-z][A-Za-z0-9_]*) -->\\|(" + MERMAID_LABEL + ")\\| ([A-Za-z][A-Za-z0-9_]*)$");
    private static final Pattern MERMAID_SUBGRAPH = Pattern.compile("^\\s*subgraph ([A-Za-z][A-Za-z0-9_]*)\\[(" + MERMAID_LABEL + ")\\]$");

    private static Path dot;

    @BeforeAll
    static void findGraphviz() {
        dot = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .map(dir -> Path.of(dir, "dot")).filter(Files::isExecutable).findFirst().orElse(null);
        System.out.println(dot != null
                ? "GraphTest: checking DOT with Graphviz (" + dot + " -Tsvg)"
                : "GraphTest: Graphviz 'dot' not on PATH; checking DOT structurally only");
    }

    @TestFactory
    Stream<DynamicTest> everyExampleGivesValidDotAndMermaid() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of("../examples"))) {
            walk.filter(p -> p.toString().endsWith(".fabric")).sorted().forEach(files::add);
        }
        try (Stream<Path> walk = Files.walk(Path.of("src/test/resources/rules"))) {
            walk.filter(p -> p.getFileName().toString().equals("triggers.fabric")).sorted().forEach(files::add);
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> {
            FabricPlan plan = plan(f);
            checkDot(DotGraph.render(plan));
            checkMermaid(MermaidGraph.render(plan));
        }));
    }

    @Test
    void showsTiersLinkGroupsAndRacks() throws Exception {
        FabricPlan plan = plan(Path.of("../examples/three-tier-clos.fabric"));
        FabricGraph graph = FabricGraph.of(plan);
        assertEquals("clos-1k", graph.name());
        assertEquals(List.of("gpu", "leaf", "spine", "super-spine"), graph.nodes().stream().map(FabricGraph.Node::tier).toList());
        assertEquals(List.of("gpu", "128 × 10.3 kW"), graph.nodes().get(0).label());
        assertEquals(List.of("leaf", "16 × 2,288 W"), graph.nodes().get(1).label());
        assertEquals(List.of("compute", "pod-network", "core"), graph.clusters().stream().map(FabricGraph.Cluster::rack).toList());
        assertEquals("pod-network", graph.nodes().get(2).cluster());
        assertEquals(3, graph.edges().size());
        assertEquals(new FabricGraph.Edge("gpu", "leaf",
                List.of("OSFP-400G-DR4 → OSFP-800G-2DR4", "1,024 × 400G = 409.6 Tb/s")), graph.edges().get(0));

        String dotText = DotGraph.render(plan);
        assertTrue(dotText.contains("subgraph \"cluster_pod-network\" {"), dotText);
        assertTrue(dotText.contains("\"gpu\" -> \"leaf\" [label=\"OSFP-400G-DR4 → OSFP-800G-2DR4\\n1,024 × 400G = 409.6 Tb/s\"];"),
                dotText);
        String mermaid = MermaidGraph.render(plan);
        assertTrue(mermaid.startsWith("flowchart BT\n"), mermaid);
        assertTrue(mermaid.contains("  tier_spine -->|\"OSFP-800G-2FR4<br/>512 × 800G = 409.6 Tb/s\"| tier_super_spine\n"),
                mermaid);
    }

    @Test
    void awkwardNamesCannotBreakEitherSyntax() throws Exception {
        String text = """
                rack end { count 1 }
                tier end { count 1; rack end; port p: 1 x OSFP 800G }
                tier super-spine { count 2; rack nowhere; port p: 4 x OSFP 800G }
                tier super_spine { count 2; port p: 4 x OSFP 800G }
                link end.p -> super-spine.p { module OSFP-800G-DR8; fiber OS2; length 10m }
                link super-spine.p -> super_spine.p { module NOT-A-MODULE }
                link end.p -> ghost.p { module OSFP-800G-DR8 }
                """;
        FabricPlan plan = new Analyzer().analyze(new ModelBuilder(SourceProvider.DISK, ModuleCatalog.builtIn())
                .build(Path.of("awkward.fabric"), text)).plan();
        String mermaid = MermaidGraph.render(plan);
        checkMermaid(mermaid);
        assertTrue(mermaid.contains("subgraph rack_end["), mermaid);
        assertTrue(mermaid.contains("tier_super_spine[") && mermaid.contains("tier_super_spine_2["),
                "distinct IDs for names that sanitize alike: " + mermaid);
        assertTrue(mermaid.contains("\"unknown module<br/>8 ports\""), mermaid);
        assertFalse(mermaid.contains("ghost"), "a link to an unknown tier is left out: " + mermaid);
        checkDot(DotGraph.render(plan));
    }

    @Test
    void theMarkdownReportEmbedsTheMermaidDiagram() throws Exception {
        FabricPlan plan = plan(Path.of("../examples/site/main.fabric"));
        String markdown = ReportMarkdown.render(plan);
        assertTrue(markdown.contains("### Topology\n\n```mermaid\n" + MermaidGraph.render(plan) + "```\n"), markdown);
    }

    private static FabricPlan plan(Path file) throws IOException {
        return new Analyzer().analyze(new ModelBuilder(SourceProvider.DISK, ModuleCatalog.builtIn()).build(file)).plan();
    }

    private static void checkDot(String text) throws Exception {
        structuralDot(text);
        if (dot == null) {
            return;
        }
        Path in = Files.createTempFile("fabric-graph", ".dot");
        try {
            Files.writeString(in, text, StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(dot.toString(), "-Tsvg", in.toString()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(30, TimeUnit.SECONDS), "dot timed out");
            assertEquals(0, p.exitValue(), "dot rejected the graph:\n" + output + "\n" + text);
            assertTrue(output.contains("<svg"), output);
            assertFalse(output.toLowerCase().contains("warning"), "dot warned:\n" + output);
        } finally {
            Files.deleteIfExists(in);
        }
    }

    /** The shapes DotGraph writes: balanced braces, quoted IDs and labels, edges between declared nodes. */
    private static void structuralDot(String text) {
        List<String> lines = text.lines().toList();
        assertTrue(lines.get(0).matches("digraph \"(?:[^\"\\\\]|\\\\.)*\" \\{"), lines.get(0));
        assertEquals("}", lines.get(lines.size() - 1));
        int depth = 0;
        Set<String> nodes = new HashSet<>();
        for (String line : lines) {
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            Matcher node = DOT_NODE.matcher(line);
            Matcher edge = DOT_EDGE.matcher(line);
            if (node.matches()) {
                nodes.add(node.group(1));
            } else if (edge.matches()) {
                assertTrue(nodes.contains(edge.group(1)) && nodes.contains(edge.group(2)), "edge between undeclared nodes: " + line);
            } else if (s.endsWith("{")) {
                assertTrue(s.matches("(digraph|subgraph) \"(?:[^\"\\\\]|\\\\.)*\" \\{"), line);
                depth++;
            } else if (s.equals("}")) {
                depth--;
            } else {
                assertTrue(s.matches("[a-z]+(=\"(?:[^\"\\\\]|\\\\.)*\"|=[A-Za-z]+| \\[[^\\]]*\\]);"), "unexpected line: " + line);
            }
            assertTrue(depth >= 0, "unbalanced braces");
        }
        assertEquals(0, depth, "unbalanced braces");
    }

    /** Mermaid flowchart grammar as MermaidGraph uses it: safe IDs, quoted labels, subgraph/end pairs. */
    private static void checkMermaid(String text) {
        List<String> lines = text.lines().toList();
        assertEquals("flowchart BT", lines.get(0));
        int open = 0;
        Set<String> nodes = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (String line : lines.subList(1, lines.size())) {
            Matcher node = MERMAID_NODE.matcher(line);
            Matcher edge = MERMAID_EDGE.matcher(line);
            Matcher subgraph = MERMAID_SUBGRAPH.matcher(line);
            if (subgraph.matches()) {
                assertTrue(ids.add(subgraph.group(1)), "duplicate ID: " + line);
                open++;
            } else if (line.strip().equals("end")) {
                open--;
                assertTrue(open >= 0, "'end' without 'subgraph'");
            } else if (node.matches()) {
                assertTrue(ids.add(node.group(1)) && nodes.add(node.group(1)), "duplicate ID: " + line);
            } else {
                assertTrue(edge.matches(), "not a node, edge or subgraph line: " + line);
                assertTrue(nodes.contains(edge.group(1)) && nodes.contains(edge.group(3)), "edge between undeclared nodes: " + line);
            }
        }
        assertEquals(0, open, "unclosed subgraph");
        assertFalse(ids.contains("end"), "'end' is a Mermaid keyword");
    }
}
