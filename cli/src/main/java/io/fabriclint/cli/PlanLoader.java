package io.fabriclint.cli;

import io.fabriclint.analyzer.physical.FabricPlan;
import io.fabriclint.analyzer.project.DiskFiles;
import io.fabriclint.analyzer.project.FabricProject;
import io.fabriclint.analyzer.project.LintResult;
import io.fabriclint.analyzer.project.ProjectSettings;

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
            throw new CliFailure(file + (Files.exists(file) ? ": not a regular file" : ": no such file"));
        }
        LintResult result;
        try {
            result = new FabricProject(new DiskFiles(), new ProjectSettings(catalogs)).lint(List.of(file));
        } catch (IOException e) {
            throw new CliFailure("cannot read " + file + ": " + e.getMessage());
        }
        CliFailure broken = CliFailure.of(result.problems());
        if (broken != null) {
            throw broken;
        }
        return result.analyses().get(0).plan();
    }
}
