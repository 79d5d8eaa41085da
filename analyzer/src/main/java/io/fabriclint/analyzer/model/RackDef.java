package io.fabriclint.analyzer.model;

import io.fabriclint.syntax.Declaration;
import io.fabriclint.syntax.Name;

import java.nio.file.Path;

/** A group of identical racks; {@code powerWatts} is the per-rack IT budget, null when unset. */
public record RackDef(Name name, Path file, Declaration.Block declaration, int count, double heightUnits,
                      Double powerWatts, DeclaredProperties properties) {
}
