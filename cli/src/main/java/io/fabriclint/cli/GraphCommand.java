package io.fabriclint.cli;

import io.fabriclint.analyzer.graph.DotGraph;
import io.fabriclint.analyzer.graph.MermaidGraph;
import io.fabriclint.analyzer.physical.FabricPlan;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** `fabric graph FILE`: the topology as Graphviz DOT or Mermaid (docs/graph.md). */
@Command(name = "graph", mixinStandardHelpOptions = true,
        description = {"Draw a fabric's topology: tiers as nodes (count × device power), link groups as edges "
                + "(modules, count × speed = bandwidth), rack groups as clusters.",
                "Drawn even when the file has lint errors; links to unknown tiers are left out."},
        exitCodeListHeading = "%nExit status:%n", exitCodeList = {"0:graph written", "2:usage or I/O error"})
public final class GraphCommand implements Callable<Integer> {
    enum Format { dot, mermaid }

    @CommandLine.Mixin
    FabricFileOption fabric;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "dot",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the graph to FILE instead of standard output.")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        FabricPlan plan = fabric.plan();
        String text = format == Format.dot ? DotGraph.render(plan) : MermaidGraph.render(plan);
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            out.print(text);
            out.flush();
        } else {
            try {
                Files.writeString(output, text, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CliFailure(output + ": cannot write: " + e.getMessage());
            }
        }
        return 0;
    }
}
