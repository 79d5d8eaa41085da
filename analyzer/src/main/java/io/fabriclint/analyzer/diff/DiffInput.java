package io.fabriclint.analyzer.diff;

import io.fabriclint.analyzer.lint.Analyzer;

import java.nio.file.Path;
import java.util.function.Function;

/**
 * One side of a comparison: what the user named (`site/main.fabric`,
 * `origin/main:site/main.fabric`), the analysis of that design, and how its
 * files are written in output (relative to the working directory on the
 * command line).
 */
public record DiffInput(String label, Analyzer.Analysis analysis, Function<Path, String> displayPath) {
    /** The file the design starts from (its imports come after it). */
    public Path root() {
        return analysis.model().files().isEmpty() ? null : analysis.model().files().get(0).path();
    }
}
