package io.fabriclint.analyzer.project;

import io.fabriclint.analyzer.InputFileException;
import io.fabriclint.analyzer.diagnostics.Diagnostic;
import io.fabriclint.analyzer.lint.Analyzer;

import java.nio.file.Path;
import java.util.List;

/**
 * What linting a set of files found: the files analyzed (named and imported),
 * their diagnostics (suppressed ones included, flagged), the analysis of each
 * fabric, and the configuration and catalog problems met on the way.
 */
public record LintResult(List<Path> files, List<Diagnostic> diagnostics, List<Analyzer.Analysis> analyses,
                         List<InputFileException> problems) {
}
