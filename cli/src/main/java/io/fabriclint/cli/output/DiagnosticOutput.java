package io.fabriclint.cli.output;

import java.io.PrintWriter;

/** One output format of `fabric lint`; docs/formats.md shows each with an example. */
public interface DiagnosticOutput {
    enum Format { text, json, sarif, github, checkstyle, gitlab }

    /** Writes the outcome; {@code color} only matters to formats meant for a terminal. */
    void write(PrintWriter out, LintOutcome outcome, boolean color);

    static DiagnosticOutput of(Format format) {
        return switch (format) {
            case text -> new TextOutput();
            case json -> new JsonOutput();
            case sarif -> new SarifOutput();
            case github -> new GithubOutput();
            case checkstyle -> new CheckstyleOutput();
            case gitlab -> new GitlabOutput();
        };
    }
}
