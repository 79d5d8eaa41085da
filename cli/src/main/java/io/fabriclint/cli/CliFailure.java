package io.fabriclint.cli;

import io.fabriclint.analyzer.InputFileException;
import io.fabriclint.cli.output.DisplayPaths;

/** A usage or I/O problem: printed as one line, exit status 2. */
public final class CliFailure extends RuntimeException {
    public CliFailure(String message) {
        super(message);
    }

    /** Every configuration or catalog problem a run met, one line each; null when there were none. */
    public static CliFailure of(java.util.List<? extends InputFileException> problems) {
        if (problems.isEmpty()) {
            return null;
        }
        StringBuilder lines = new StringBuilder();
        for (InputFileException e : problems) {
            lines.append(lines.isEmpty() ? "" : "\nfabric: ").append(of(e).getMessage());
        }
        return new CliFailure(lines.toString());
    }

    /** A configuration or catalog that cannot be used: `path:line:column: what is wrong`, the path as the user reads it. */
    public static CliFailure of(InputFileException e) {
        String where = e.file() == null ? "" : DisplayPaths.of(e.file())
                + (e.line() > 0 ? ":" + e.line() + (e.column() > 0 ? ":" + e.column() : "") : "") + ": ";
        return new CliFailure(where + e.getMessage());
    }
}
