package io.fabriclint.analyzer.editor;

import io.fabriclint.syntax.SourceRange;

/** A range of a document by 0-based lines and code-point columns, end exclusive. */
public record Span(int startLine, int startColumn, int endLine, int endColumn) {
    public static Span of(SourceRange r) {
        return new Span(r.startLine(), r.startColumn(), r.endLine(), r.endColumn());
    }

    public static Span at(int line, int column) {
        return new Span(line, column, line, column);
    }
}
