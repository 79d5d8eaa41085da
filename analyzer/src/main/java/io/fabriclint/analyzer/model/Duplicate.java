package io.fabriclint.analyzer.model;

import io.fabriclint.syntax.SourceRange;

import java.nio.file.Path;

/** A second declaration of a name (FAB003); the first stays in the model. */
public record Duplicate(String what, String name, Path file, SourceRange range, Path firstFile, SourceRange firstRange) {
}
