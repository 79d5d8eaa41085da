package io.fabriclint.analyzer.rules.language;

import io.fabriclint.analyzer.diagnostics.Diagnostic;
import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.diagnostics.Subject;
import io.fabriclint.analyzer.diagnostics.Suppressions;
import io.fabriclint.analyzer.model.SourceFile;
import io.fabriclint.analyzer.rules.Fix;
import io.fabriclint.analyzer.rules.FixContext;
import io.fabriclint.analyzer.rules.Rule;
import io.fabriclint.analyzer.rules.RuleContext;

import java.util.List;
import java.util.Map;

/**
 * FAB009: a suppression comment that silences nothing. It is judged after
 * every other rule has run and the comments have been applied
 * ({@link Rule.Phase#SUPPRESSIONS}); its fix removes the unused code.
 */
public final class UnusedSuppressionRule extends Rule {
    public UnusedSuppressionRule() {
        super("FAB009", "unused-suppression", Severity.INFO, "Unused suppression");
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
    public Phase phase() {
        return Phase.SUPPRESSIONS;
    }

    @Override
    public void check(RuleContext context) {
        for (Suppressions.Suppression s : context.suppressions().all()) {
            for (String code : context.suppressions().unusedCodes(s)) {
                context.report(new Subject.Suppression(s, code), s.file(), s.range(), "suppression of " + code
                        + " is unused: " + (s.wholeFile() ? "no " + code + " in this file"
                        : s.line() < 0 ? "no code follows it" : "no " + code + " on line " + (s.line() + 1)));
            }
        }
    }

    @Override
    public List<Fix> fixes(Diagnostic d, FixContext context) {
        if (!(d.subject() instanceof Subject.Suppression about)) {
            return List.of();
        }
        Suppressions.Suppression s = about.comment();
        String code = about.code();
        SourceFile file = context.model() == null ? null : context.model().file(s.file());
        if (file == null) {
            return List.of();
        }
        return List.of(new Fix("Remove the unused suppression of " + code,
                Map.of(s.file(), List.of(SuppressionEdits.without(file.tree(), s, code))), true));
    }
}
