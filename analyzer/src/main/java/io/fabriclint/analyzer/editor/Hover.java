package io.fabriclint.analyzer.editor;

/** Hover text (Markdown) and the range it is about. */
public record Hover(String markdown, Span range) {
}
