package io.fabriclint.syntax;

/** An identifier as written, with where it was written. */
public record Name(String text, SourceRange range) {
}
