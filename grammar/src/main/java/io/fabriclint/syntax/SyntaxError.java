package io.fabriclint.syntax;

/** A problem the lexer or parser found; the analyzer reports it as FAB001. */
public record SyntaxError(String message, SourceRange range) {
}
