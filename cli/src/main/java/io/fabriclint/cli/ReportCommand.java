package io.fabriclint.cli;

import io.fabriclint.analyzer.physical.FabricPlan;
import io.fabriclint.analyzer.report.FabricReport;
import io.fabriclint.analyzer.report.ReportMarkdown;
import io.fabriclint.analyzer.report.ReportText;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** `fabric report FILE`: bill of materials, power and bandwidth. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Bill of materials, power and bandwidth of a fabric (printed even when the file has lint errors).",
        exitCodeListHeading = "%nExit status:%n", exitCodeList = {"0:report printed", "2:usage or I/O error"})
public final class ReportCommand implements Callable<Integer> {
    enum Format { text, json, markdown }

    @CommandLine.Mixin
    FabricFileOption fabric;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        FabricPlan plan = fabric.plan();
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> out.println(FabricReport.jsonText(plan));
            case text -> out.print(ReportText.render(plan));
            case markdown -> out.print(ReportMarkdown.render(plan));
        }
        out.flush();
        return 0;
    }
}
