package io.fabriclint.cli;

import io.fabriclint.analyzer.InputFileException;
import io.fabriclint.cli.output.DisplayPaths;

/** A usage or I/O problem: printed as one line, exit status 2. */
public final class CliFailure extends RuntimeException {
    public CliFailure(String message) {
        super(message);
    }

    /** A configuration or catalog that cannot be used: `path:line:column: what is wrong`, the path as the user reads it. */
    public static CliFailure of(InputFileException e) {
        String where = e.file() == null ? "" : DisplayPaths.of(e.file())
                + (e.line() > 0 ? ":" + e.line() + (e.column() > 0 ? ":" + e.column() : "") : "") + ": ";
        return new CliFailure(where + e.getMessage());
    }
}
