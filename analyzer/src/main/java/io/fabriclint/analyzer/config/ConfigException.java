package io.fabriclint.analyzer.config;

import java.nio.file.Path;

/** A configuration file that cannot be used; line and column are 1-based (0: unknown). */
public class ConfigException extends Exception {
    private final Path file;
    private final int line;
    private final int column;

    public ConfigException(Path file, int line, int column, String message) {
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

    public String describe() {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + getMessage();
    }
}
