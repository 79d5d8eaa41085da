package io.fabriclint.cli;

import io.fabriclint.analyzer.InputFileException;
import io.fabriclint.analyzer.config.ConfigLoader;
import io.fabriclint.analyzer.lint.LintRun;
import io.fabriclint.analyzer.physical.FabricPlan;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The fabric of one root file, for the commands that describe it (`report`, `graph`). */
final class PlanLoader {
    private PlanLoader() {
    }

    /** The plan of the file's fabric, lint errors or not; a missing file or broken input is a CliFailure. */
    static FabricPlan load(Path file, List<Path> catalogs) {
        if (!Files.isRegularFile(file)) {
            throw new CliFailure(file + ": no such file");
        }
        try {
            return new LintRun(new ConfigLoader(), catalogs).lint(List.of(file)).analyses().get(0).plan();
        } catch (IOException e) {
            throw new CliFailure("cannot read " + file + ": " + e.getMessage());
        } catch (InputFileException e) {
            throw CliFailure.of(e);
        }
    }
}
