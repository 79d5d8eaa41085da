package io.fabriclint.analyzer.rules.language;

import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.model.SourceFile;
import io.fabriclint.analyzer.rules.Rule;
import io.fabriclint.analyzer.rules.RuleContext;
import io.fabriclint.syntax.SyntaxError;

/** FAB001: text the grammar cannot read. */
public final class SyntaxErrorRule extends Rule {
    public SyntaxErrorRule() {
        super("FAB001", "syntax-error", Severity.ERROR, "Syntax error");
    }

    @Override
    public String documentation() {
        return """
                The file does not follow the `.fabric` grammar at this point: a stray or missing brace, a \
                declaration without a name, an unterminated string or comment, a character that has no meaning.

                The parser recovers after each problem and goes on, so the rest of the file is still \
                checked; each problem is reported once, at the offending token. Values on a line with a \
                syntax error are not judged again (no FAB005 on top of FAB001).

                ## Example
                ```
                tier spine {
                  power 500 W W {    // FAB001: blocks do not nest
                }
                ```

                ## Fix
                Remove the stray token or add the missing one; the message says which.
                """;
    }

    @Override
    public void check(RuleContext context) {
        for (SourceFile file : context.model().files()) {
            for (SyntaxError e : file.tree().errors()) {
                context.report(file.path(), e.range(), e.message());
            }
        }
    }
}
