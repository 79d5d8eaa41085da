package io.fabriclint.analyzer.model;

import io.fabriclint.syntax.Name;

/** `module M` (both ends M) or `module M -> N`. */
public record ModulePair(Name source, Name target) {
}
