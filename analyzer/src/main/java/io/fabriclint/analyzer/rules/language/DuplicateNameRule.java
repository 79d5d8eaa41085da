package io.fabriclint.analyzer.rules.language;

import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.model.Duplicate;
import io.fabriclint.analyzer.rules.Rule;
import io.fabriclint.analyzer.rules.RuleContext;

/** FAB003: the same name declared twice in one namespace. */
public final class DuplicateNameRule extends Rule {
    public DuplicateNameRule() {
        super("FAB003", "duplicate-name", Severity.ERROR, "Duplicate name");
    }

    @Override
    public String documentation() {
        return """
                Two declarations share a name in the same namespace: two tiers, two racks, two modules, two \
                ports of one tier, two `fabric` blocks in one model (imports included), or one property set \
                twice in the same block. The first declaration stays in the model; the later one is reported \
                at its name and otherwise ignored.

                ## Example
                ```
                tier leaf { count 4 }
                tier leaf { count 8 }   // FAB003: tier 'leaf' is already declared at line 1
                ```

                ## Fix
                Rename one of them, or merge the two.
                """;
    }

    @Override
    public void check(RuleContext context) {
        for (Duplicate d : context.model().duplicates()) {
            String where = d.firstFile().equals(d.file())
                    ? "line " + (d.firstRange().startLine() + 1)
                    : d.firstFile().getFileName() + ":" + (d.firstRange().startLine() + 1);
            String message = d.what().equals("property")
                    ? "`" + d.name() + "` is already set in this block at " + where + "; the first value stays"
                    : d.what() + " '" + d.name() + "' is already declared at " + where;
            context.report(d.file(), d.range(), message);
        }
    }
}
