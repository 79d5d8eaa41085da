package io.fabriclint.analyzer.model;

import io.fabriclint.syntax.SourceRange;

import java.nio.file.Path;

/** An import that could not be followed (FAB002) or that closes a cycle (FAB007, with the cycle's files). */
public record ImportProblem(Kind kind, Path file, SourceRange range, String path, String detail) {
    public enum Kind { MISSING, CYCLE }
}
