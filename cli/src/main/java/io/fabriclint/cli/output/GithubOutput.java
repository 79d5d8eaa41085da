package io.fabriclint.cli.output;

import io.fabriclint.analyzer.diagnostics.Diagnostic;

import java.io.PrintWriter;

/**
 * `--format github`: one GitHub Actions workflow command per diagnostic,
 * which the runner turns into an annotation on the pull request:
 * `::error file=a.fabric,line=12,col=3,endLine=12,endColumn=14,title=FAB101::message`
 * (`warning` and `notice` for the other severities; 1-based, end column exclusive
 * as in `--format json`). Values are escaped as the Actions toolkit does:
 * `%`, CR and LF in the message; additionally `:` and `,` in properties.
 */
final class GithubOutput implements DiagnosticOutput {
    @Override
    public void write(PrintWriter out, LintOutcome outcome, boolean color) {
        for (Diagnostic d : outcome.shown()) {
            out.println(command(d));
        }
    }

    static String command(Diagnostic d) {
        String kind = switch (d.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
        };
        return "::" + kind
                + " file=" + property(DisplayPaths.of(d.file()).replace('\\', '/'))
                + ",line=" + (d.range().startLine() + 1)
                + ",col=" + (d.range().startColumn() + 1)
                + ",endLine=" + (d.range().endLine() + 1)
                + ",endColumn=" + (d.range().endColumn() + 1)
                + ",title=" + property(d.code())
                + "::" + data(d.message());
    }

    /** The message part of a command (toolkit `escapeData`). */
    static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** A property value (toolkit `escapeProperty`). */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
