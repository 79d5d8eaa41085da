package io.fabriclint.analyzer.catalog;

import java.nio.file.Path;

/** A catalog file that cannot be used, with where the problem is (line and column 1-based, 0 when unknown). */
public class CatalogException extends Exception {
    private final Path file;
    private final int line;
    private final int column;

    public CatalogException(Path file, int line, int column, String message) {
        super(message);
        this.file = file;
        this.line = line;
        this.column = column;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** `file:line:col: message`, the form the CLI prints. */
    public String describe() {
        String where = file == null ? "catalog" : file.toString();
        if (line > 0) {
            where += ":" + line + (column > 0 ? ":" + column : "");
        }
        return where + ": " + getMessage();
    }
}
