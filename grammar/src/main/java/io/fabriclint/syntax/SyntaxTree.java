package io.fabriclint.syntax;

import java.util.List;

/**
 * One parsed file: its declarations, every token (comments included), and the
 * syntax errors found on the way. Always complete enough to analyze, even for
 * broken input.
 */
public record SyntaxTree(String text, LineMap lines, List<Declaration> declarations,
                         List<SyntaxToken> tokens, List<SyntaxError> errors) {

    public List<SyntaxToken> comments() {
        return tokens.stream().filter(SyntaxToken::isComment).toList();
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
