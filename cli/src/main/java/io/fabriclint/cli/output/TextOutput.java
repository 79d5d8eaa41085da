package io.fabriclint.cli.output;

import io.fabriclint.analyzer.diagnostics.Diagnostic;
import io.fabriclint.analyzer.lint.Analyzer;
import io.fabriclint.analyzer.model.SourceFile;
import io.fabriclint.analyzer.project.LintResult;
import io.fabriclint.syntax.SourceRange;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * `--format text`: `file:line:col: severity CODE message`, the source line and
 * a caret line under the range (the first line of a multi-line range), and a
 * summary. Colour only when asked for (a terminal, no NO_COLOR).
 */
final class TextOutput implements DiagnosticOutput {
    private static final String RESET = "\u001b[0m";
    private static final String BOLD = "\u001b[1m";

    @Override
    public void write(PrintWriter out, LintOutcome outcome, boolean color) {
        LintResult result = outcome.result();
        LintSummary summary = outcome.summary();
        Map<Path, SourceExcerpt.Source> files = new HashMap<>();
        for (Analyzer.Analysis a : result.analyses()) {
            for (SourceFile f : a.model().files()) {
                files.computeIfAbsent(f.path(), p -> new SourceExcerpt.Source(f.tree().text(), f.tree().lines()));
            }
        }
        for (Diagnostic d : outcome.shown()) {
            SourceRange r = d.range();
            String where = DisplayPaths.of(d.file()) + ":" + (r.startLine() + 1) + ":" + (r.startColumn() + 1) + ":";
            String severity = d.severity().label();
            if (color) {
                out.println(BOLD + where + RESET + " " + colour(d) + severity + RESET + " " + BOLD + d.code() + RESET
                        + " " + d.message());
            } else {
                out.println(where + " " + severity + " " + d.code() + " " + d.message());
            }
            SourceExcerpt.Source file = files.get(d.file());
            if (file != null) {
                SourceExcerpt.print(out, file, r, color ? colour(d) : null);
            }
        }
        out.println(summaryLine(summary));
    }

    static String summaryLine(LintSummary s) {
        return s.files() + (s.files() == 1 ? " file" : " files") + " checked: " + s.errors() + plural(" error", s.errors())
                + ", " + s.warnings() + plural(" warning", s.warnings()) + ", " + s.infos() + plural(" info", s.infos());
    }

    private static String plural(String word, int n) {
        return n == 1 || word.endsWith("info") ? word : word + "s";
    }

    private static String colour(Diagnostic d) {
        return switch (d.severity()) {
            case ERROR -> "\u001b[31;1m";
            case WARNING -> "\u001b[33;1m";
            case INFO -> "\u001b[36;1m";
        };
    }
}
