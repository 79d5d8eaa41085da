package io.fabriclint.analyzer.model;

import io.fabriclint.analyzer.catalog.ModuleSpec;
import io.fabriclint.syntax.Declaration;
import io.fabriclint.syntax.Name;

import java.nio.file.Path;

/** A `module` block and the module it resolves to ({@code spec}, after `like` and overrides). */
public record ModuleDef(Name name, Path file, Declaration.Block declaration, Name like, ModuleSpec spec,
                        DeclaredProperties properties) {
}
