package io.fabriclint.analyzer.config;

import io.fabriclint.analyzer.InputFileException;

import java.nio.file.Path;

/** A configuration file that cannot be used. */
public class ConfigException extends InputFileException {
    public ConfigException(Path file, int line, int column, String message) {
        super(file, line, column, message);
    }
}
