package io.fabriclint.syntax;

/** `TIER.PORT` in a link header. */
public record Endpoint(Name tier, Name port, SourceRange range) {
}
