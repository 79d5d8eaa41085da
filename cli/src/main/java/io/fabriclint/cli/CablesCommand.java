package io.fabriclint.cli;

import io.fabriclint.analyzer.cabling.CablePlan;
import io.fabriclint.analyzer.export.CableSummary;
import io.fabriclint.analyzer.export.CutSheetCsv;
import io.fabriclint.analyzer.export.CutSheetJson;
import io.fabriclint.analyzer.export.CutSheetMarkdown;
import io.fabriclint.analyzer.physical.LinkPlan;
import io.fabriclint.analyzer.values.Figures;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** `fabric cables FILE`: the cut sheet, every cable with both ends (cabling.md §3, docs/cabling.md). */
@Command(name = "cables", mixinStandardHelpOptions = true,
        description = {"Every cable of a fabric: label, link group, both ends (device, port, leg, rack, rack unit, "
                + "module), fiber, length and strands, in the order of the model.",
                "Printed even when the file has lint errors; link groups whose ends do not resolve or whose lanes do "
                        + "not divide (FAB203) have no cables."},
        exitCodeListHeading = "%nExit status:%n", exitCodeList = {"0:cables printed", "2:usage or I/O error"})
public final class CablesCommand implements Callable<Integer> {
    enum Format { csv, json, markdown }

    @Parameters(paramLabel = "FILE", description = "The fabric's root file.")
    Path file;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csv",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the cut sheet to FILE instead of standard output.")
    Path output;

    @Option(names = "--catalog", paramLabel = "FILE", description = "A JSON module catalog to add (repeatable).")
    List<Path> catalogs = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CablePlan cables = new CablePlan(PlanLoader.load(file, catalogs));
        CableSummary summary = TextOutput.to(output, spec.commandLine().getOut(), out -> switch (format) {
            case csv -> CutSheetCsv.write(cables, out);
            case json -> CutSheetJson.write(cables, out);
            case markdown -> CutSheetMarkdown.write(cables, out);
        });
        explain(cables, summary, spec.commandLine().getErr());
        return 0;
    }

    /** What is missing from the cut sheet, and why, on standard error. */
    static void explain(CablePlan cables, CableSummary summary, PrintWriter err) {
        for (LinkPlan l : cables.plan().links()) {
            if (!l.cabled()) {
                err.println("fabric: link " + l.link().label() + " has no cables: " + whyNot(l));
            }
        }
        if (summary != null && summary.unplaced() > 0) {
            err.println("fabric: " + Figures.count(summary.unplaced()) + (summary.unplaced() == 1 ? " cable has" : " cables have")
                    + " no port at one end: the devices ran out of ports (FAB301)");
        }
        err.flush();
    }

    private static String whyNot(LinkPlan l) {
        if (l.sourceTier() == null || l.targetTier() == null) {
            return "a tier is unknown (FAB002)";
        }
        if (l.sourcePort() == null || l.targetPort() == null) {
            return "a port group is unknown (FAB002)";
        }
        if (!l.lanesDivide()) {
            return "the lane counts of its modules do not divide (FAB203)";
        }
        return "it uses no ports";
    }
}
