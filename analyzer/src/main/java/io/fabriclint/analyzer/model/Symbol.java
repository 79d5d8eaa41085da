package io.fabriclint.analyzer.model;

import io.fabriclint.syntax.SourceRange;

import java.nio.file.Path;

/**
 * A declared name. {@code container} is the tier of a port (null otherwise);
 * {@code declarationRange} covers the whole declaration (for outlines).
 */
public record Symbol(SymbolKind kind, String name, String container, Path file, SourceRange nameRange,
                     SourceRange declarationRange) {
}
