package io.fabriclint.cli;

import io.fabriclint.analyzer.cabling.CablePlan;
import io.fabriclint.analyzer.physical.FabricPlan;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The fabric a command reads (`FILE`, `--catalog`): a picocli mixin of `report`, `graph`, `cables` and `export`. */
final class FabricFileOption {
    @Parameters(paramLabel = "FILE", description = "The fabric's root file.")
    Path file;

    @Option(names = "--catalog", paramLabel = "FILE", description = "A JSON module catalog to add (repeatable).")
    List<Path> catalogs = new ArrayList<>();

    /** The plan of the file's fabric, lint errors or not. */
    FabricPlan plan() {
        return PlanLoader.load(file, catalogs);
    }

    /** Every cable of the file's fabric, lint errors or not. */
    CablePlan cables() {
        return new CablePlan(plan());
    }
}
