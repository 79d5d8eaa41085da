package io.fabriclint.analyzer;

import java.nio.file.Path;

/**
 * A file the tool was given (a configuration, a JSON catalog) that cannot be
 * used, with where the problem is: line and column 1-based, 0 when unknown.
 */
public abstract class InputFileException extends Exception {
    private final Path file;
    private final int line;
    private final int column;

    protected InputFileException(Path file, int line, int column, String message) {
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
        return (file == null ? "" : file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": ")
                + getMessage();
    }
}
