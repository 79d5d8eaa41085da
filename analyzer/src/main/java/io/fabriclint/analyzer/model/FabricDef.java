package io.fabriclint.analyzer.model;

import io.fabriclint.analyzer.catalog.Fec;
import io.fabriclint.analyzer.values.Ratio;
import io.fabriclint.syntax.Declaration;
import io.fabriclint.syntax.Name;

import java.nio.file.Path;

/** The `fabric` block. */
public record FabricDef(Name name, Path file, Declaration.Block declaration, double pue, Fec fec,
                        Ratio oversubscription, String description, DeclaredProperties properties) {
}
