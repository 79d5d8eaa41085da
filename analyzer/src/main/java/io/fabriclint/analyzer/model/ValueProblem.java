package io.fabriclint.analyzer.model;

import io.fabriclint.syntax.SourceRange;

import java.nio.file.Path;

/** A value that does not fit its property (reported as FAB005). {@code suggestion} is a replacement, if known. */
public record ValueProblem(Path file, SourceRange range, String message, String suggestion) {
}
