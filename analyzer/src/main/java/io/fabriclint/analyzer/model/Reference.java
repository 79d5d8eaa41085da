package io.fabriclint.analyzer.model;

import io.fabriclint.syntax.SourceRange;

import java.nio.file.Path;

/**
 * A use of a name. {@code target} is the declaration it resolves to, null when
 * it names a catalog module (see {@code catalogModule}) or nothing at all.
 * For a port, {@code container} is the tier written before the dot.
 */
public record Reference(SymbolKind kind, String name, String container, Path file, SourceRange range, Symbol target,
                        boolean catalogModule) {
    public boolean resolved() {
        return target != null || catalogModule;
    }
}
