package io.fabriclint.analyzer.model;

import io.fabriclint.syntax.SyntaxTree;

import java.nio.file.Path;

/** A parsed file of the model. {@code path} is absolute and normalised ("<stdin>" for standard input). */
public record SourceFile(Path path, SyntaxTree tree) {
}
