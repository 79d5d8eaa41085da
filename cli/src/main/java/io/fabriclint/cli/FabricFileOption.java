package io.fabriclint.cli;

import io.fabriclint.analyzer.cabling.CablePlan;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The fabric a cabling command reads (`FILE`, `--catalog`), as a picocli mixin of `cables` and `export`. */
final class FabricFileOption {
    @Parameters(paramLabel = "FILE", description = "The fabric's root file.")
    Path file;

    @Option(names = "--catalog", paramLabel = "FILE", description = "A JSON module catalog to add (repeatable).")
    List<Path> catalogs = new ArrayList<>();

    /** Every cable of the file's fabric, lint errors or not. */
    CablePlan cables() {
        return new CablePlan(PlanLoader.load(file, catalogs));
    }
}
