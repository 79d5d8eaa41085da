package io.fabriclint.syntax;

import java.util.ArrayList;
import java.util.List;

/**
 * One parsed file: its declarations, every token (comments included), and the
 * syntax errors found on the way. Always complete enough to analyze, even for
 * broken input.
 */
public record SyntaxTree(String text, LineMap lines, List<Declaration> declarations,
                         SyntaxTokens tokens, List<SyntaxError> errors) {

    public List<SyntaxToken> comments() {
        List<SyntaxToken> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.isComment(i)) {
                out.add(tokens.get(i));
            }
        }
        return out;
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
