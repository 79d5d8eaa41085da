package io.fabriclint.cli;

import io.fabriclint.analyzer.cabling.CablePlan;
import io.fabriclint.analyzer.export.BatfishExport;
import io.fabriclint.analyzer.export.ContainerlabExport;
import io.fabriclint.analyzer.export.NetboxExport;
import io.fabriclint.analyzer.export.PtmExport;
import io.fabriclint.analyzer.model.FabricModel;
import io.fabriclint.analyzer.values.Figures;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** `fabric export FILE --to FORMAT`: the cables for the tools after design (cabling.md §4, docs/cabling.md). */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Write a fabric's devices and cables for NetBox (bulk-import CSV), containerlab (a topology "
                + "file), Batfish (layer-1 topology) or Cumulus PTM / NVIDIA Air (topology.dot).",
                "Written from the same cable stream as `fabric cables`, even when the file has lint errors; cables "
                        + "without a port at an end (FAB301) are left out."},
        exitCodeListHeading = "%nExit status:%n", exitCodeList = {"0:export written", "2:usage or I/O error"})
public final class ExportCommand implements Callable<Integer> {
    enum Target { netbox, containerlab, batfish, ptm }

    @Parameters(paramLabel = "FILE", description = "The fabric's root file.")
    Path file;

    @Option(names = "--to", required = true, paramLabel = "FORMAT",
            description = "What to write: ${COMPLETION-CANDIDATES}.")
    Target to;

    @Option(names = {"-o", "--output"}, paramLabel = "PATH",
            description = {"Where to write (default: the current folder). netbox: a folder for devices.csv, "
                    + "interfaces.csv and cables.csv. The others: a folder for NAME.clab.yml, "
                    + "layer1_topology.json or topology.dot, a file name with that extension, or - for standard output."})
    Path output;

    @Option(names = "--site", paramLabel = "NAME", description = "netbox: the site of every device (default: the fabric's name).")
    String site;

    @Option(names = "--manufacturer", paramLabel = "NAME", defaultValue = "Generic",
            description = "netbox: the manufacturer of every device type; NetBox finds a device type by manufacturer "
                    + "and model (default: ${DEFAULT-VALUE}).")
    String manufacturer;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "linux",
            description = "containerlab: the kind of every node (default: ${DEFAULT-VALUE}).")
    String kind;

    @Option(names = "--catalog", paramLabel = "FILE", description = "A JSON module catalog to add (repeatable).")
    List<Path> catalogs = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CablePlan cables = new CablePlan(PlanLoader.load(file, catalogs));
        String name = name(cables.plan().model());
        PrintWriter out = spec.commandLine().getOut();
        switch (to) {
            case netbox -> netbox(cables, name, out);
            case containerlab -> {
                String problem = ContainerlabExport.problem(cables);
                if (problem != null) {
                    throw new CliFailure("cannot export to containerlab: " + problem);
                }
                String lab = ContainerlabExport.labName(name);
                single(lab + ".clab.yml", List.of(".yml", ".yaml"), "links",
                        w -> ContainerlabExport.write(cables, name, kind, w));
            }
            case batfish -> single("layer1_topology.json", List.of(".json"), "edges", w -> BatfishExport.write(cables, w));
            case ptm -> single("topology.dot", List.of(".dot", ".gv"), "cables", w -> PtmExport.write(cables, w));
        }
        CablesCommand.explain(cables, null, spec.commandLine().getErr());
        out.flush();
        return 0;
    }

    /** The fabric's name, else the root file's name without `.fabric`. */
    private String name(FabricModel model) {
        if (model.fabric() != null) {
            return model.fabric().name().text();
        }
        String f = file.getFileName().toString();
        return f.endsWith(".fabric") ? f.substring(0, f.length() - ".fabric".length()) : f;
    }

    private void netbox(CablePlan cables, String name, PrintWriter out) {
        Path folder = output == null ? Path.of("netbox") : output;
        if (folder.toString().equals("-")) {
            throw new CliFailure("--to netbox writes three files; --output names their folder, not standard output");
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new CliFailure(folder + ": not a folder (--to netbox writes devices.csv, interfaces.csv and cables.csv into one)");
        }
        String siteName = site != null ? site : name;
        long devices = TextOutput.toFile(folder.resolve("devices.csv"), w -> NetboxExport.devices(cables, siteName, manufacturer, w));
        long interfaces = TextOutput.toFile(folder.resolve("interfaces.csv"), w -> NetboxExport.interfaces(cables, w));
        long written = TextOutput.toFile(folder.resolve("cables.csv"), w -> NetboxExport.cables(cables, w));
        out.println("wrote " + folder.resolve("devices.csv") + " (" + Figures.count(devices) + " devices), "
                + folder.resolve("interfaces.csv") + " (" + Figures.count(interfaces) + " interfaces), "
                + folder.resolve("cables.csv") + " (" + Figures.count(written) + " cables)");
    }

    /** A one-file format: to --output when it names such a file, into it when it is a folder, or to standard output. */
    private void single(String defaultName, List<String> extensions, String what, TextOutput.Body<Long> body) {
        if (output != null && output.toString().equals("-")) {
            TextOutput.toStdout(spec.commandLine().getOut(), body);
            return;
        }
        Path target;
        if (output == null) {
            target = Path.of(defaultName);
        } else if (!Files.isDirectory(output) && extensions.stream().anyMatch(e -> output.toString().endsWith(e))) {
            target = output;
        } else {
            target = output.resolve(defaultName);
        }
        long n = TextOutput.toFile(target, body);
        spec.commandLine().getOut().println("wrote " + target + " (" + Figures.count(n) + " " + what + ")");
    }
}
