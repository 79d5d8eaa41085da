package io.fabriclint.analyzer.catalog;

import io.fabriclint.analyzer.InputFileException;

import java.nio.file.Path;

/** A catalog file that cannot be used. */
public class CatalogException extends InputFileException {
    public CatalogException(Path file, int line, int column, String message) {
        super(file, line, column, message);
    }
}
