package io.fabriclint.cli.output;

import io.fabriclint.analyzer.diagnostics.Diagnostic;

import java.util.List;

/** Counts for the summary line and the exit status. */
public record LintSummary(int files, int errors, int warnings, int infos) {
    public static LintSummary of(int files, List<Diagnostic> shown) {
        int e = 0;
        int w = 0;
        int i = 0;
        for (Diagnostic d : shown) {
            switch (d.severity()) {
                case ERROR -> e++;
                case WARNING -> w++;
                case INFO -> i++;
            }
        }
        return new LintSummary(files, e, w, i);
    }
}
