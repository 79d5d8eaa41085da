package io.fabriclint.analyzer.rules;

import io.fabriclint.syntax.SourceRange;

/** Replace the text at {@code range} (code points, as in the syntax tree) with {@code newText}. */
public record TextEdit(SourceRange range, String newText) {
}
