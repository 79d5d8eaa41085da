package io.fabriclint.syntax;

import java.util.List;

/** `name value…` up to the end of its line (or a `;`). */
public record Property(Name name, List<Value> values, SourceRange range) {
}
