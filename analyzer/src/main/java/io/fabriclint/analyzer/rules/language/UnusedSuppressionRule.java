package io.fabriclint.analyzer.rules.language;

import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.rules.Rule;
import io.fabriclint.analyzer.rules.RuleContext;

/**
 * FAB009: a suppression comment that silences nothing. It can only be judged
 * after every other rule has run, so {@link io.fabriclint.analyzer.diagnostics.Suppressions}
 * reports it; {@link #check} has nothing to look at in the model.
 */
public final class UnusedSuppressionRule extends Rule {
    public UnusedSuppressionRule() {
        super("FAB009", Severity.INFO, "Unused suppression");
    }

    @Override
    public String documentation() {
        return """
                A `// fabric-lint: ignore CODE…` or `// fabric-lint: ignore-file CODE…` comment names a code \
                that it did not silence: the problem was fixed, the comment sits on the wrong line, or the \
                code is misspelt. Reported once per unused code, at the comment. Stale suppressions hide the \
                next real problem on that line.

                `ignore` applies to the line it ends, or, on a line of its own, to the next line with code. \
                `ignore-file` applies to the whole file it is in.

                ## Example
                ```
                // fabric-lint: ignore FAB101     // FAB009 when the link below is within reach
                length 30m
                ```

                ## Fix
                Delete the comment, or the code that no longer applies.
                """;
    }

    @Override
    public void check(RuleContext context) {
        // Judged after suppression, not from the model: see Suppressions.
    }
}
