package io.fabriclint.analyzer.format;

import io.fabriclint.syntax.SyntaxError;

import java.util.List;

/**
 * What {@link FabricFormatter#format(String)} made of a text: either the
 * formatted text, or the syntax errors that made it refuse (a file that does
 * not parse is never rewritten, so no text can be lost).
 *
 * @param formatted    the text in canonical layout; null when {@code syntaxErrors} is not empty
 * @param syntaxErrors the lexer's and parser's errors (FAB001); empty when the text was formatted
 */
public record FormatResult(String formatted, List<SyntaxError> syntaxErrors) {
    public FormatResult {
        syntaxErrors = List.copyOf(syntaxErrors);
        if ((formatted == null) == syntaxErrors.isEmpty()) {
            throw new IllegalArgumentException("either a formatted text or syntax errors");
        }
    }

    /** True when the text parsed and {@link #formatted()} holds its canonical layout. */
    public boolean isFormatted() {
        return formatted != null;
    }

    /** True when the text parsed and its layout differs from the canonical one. */
    public boolean changes(String original) {
        return formatted != null && !formatted.equals(original);
    }
}
