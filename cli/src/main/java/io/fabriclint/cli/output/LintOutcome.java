package io.fabriclint.cli.output;

import io.fabriclint.analyzer.diagnostics.Diagnostic;
import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.project.LintResult;

import java.util.List;

/**
 * What `fabric lint` found and decided, as every output format sees it.
 *
 * @param result     the run: files analyzed and every diagnostic, suppressed ones included
 * @param shown      the diagnostics to report: not suppressed, and only errors under `--quiet`
 * @param suppressed the diagnostics a suppression comment silenced (only errors under `--quiet`); SARIF keeps them
 * @param summary    counts of {@code shown}
 * @param exitCode   the exit status the command returns (SARIF records it)
 * @param arguments  the command line's arguments, for SARIF's invocation
 */
public record LintOutcome(LintResult result, List<Diagnostic> shown, List<Diagnostic> suppressed,
                          LintSummary summary, int exitCode, List<String> arguments) {

    /** Decides what to show and the exit status: 1 on errors, or on more warnings than {@code maxWarnings}. */
    public static LintOutcome of(LintResult result, boolean quiet, Integer maxWarnings, List<String> arguments) {
        List<Diagnostic> shown = result.diagnostics().stream()
                .filter(d -> !d.suppressed() && (!quiet || d.severity() == Severity.ERROR)).toList();
        List<Diagnostic> suppressed = result.diagnostics().stream()
                .filter(d -> d.suppressed() && (!quiet || d.severity() == Severity.ERROR)).toList();
        LintSummary summary = LintSummary.of(result.files().size(), shown);
        boolean tooManyWarnings = maxWarnings != null && summary.warnings() > maxWarnings;
        int exit = summary.errors() > 0 || tooManyWarnings ? 1 : 0;
        return new LintOutcome(result, shown, suppressed, summary, exit, List.copyOf(arguments));
    }
}
