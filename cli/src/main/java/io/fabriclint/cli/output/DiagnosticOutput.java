package io.fabriclint.cli.output;

import io.fabriclint.analyzer.lint.LintRun;

import java.io.PrintWriter;

/** One output format of `fabric lint`. */
public interface DiagnosticOutput {
    enum Format { text, json }

    void write(PrintWriter out, LintRun.Result result, LintSummary summary, boolean color);

    static DiagnosticOutput of(Format format) {
        return switch (format) {
            case text -> new TextOutput();
            case json -> new JsonOutput();
        };
    }
}
