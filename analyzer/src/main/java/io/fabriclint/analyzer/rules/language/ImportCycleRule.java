package io.fabriclint.analyzer.rules.language;

import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.model.ImportProblem;
import io.fabriclint.analyzer.rules.Rule;
import io.fabriclint.analyzer.rules.RuleContext;

/** FAB007: imports that go round in a circle. */
public final class ImportCycleRule extends Rule {
    public ImportCycleRule() {
        super("FAB007", "import-cycle", Severity.ERROR, "Import cycle");
    }

    @Override
    public String documentation() {
        return """
                Files import each other in a circle (`a.fabric` imports `b.fabric`, which imports \
                `a.fabric`). The files are still merged into one model, each once, so everything else is \
                checked; the cycle is reported at the import that closes it, walking from the file being \
                linted.

                ## Example
                ```
                // a.fabric
                import "b.fabric"
                // b.fabric
                import "a.fabric"   // FAB007: import cycle a.fabric -> b.fabric -> a.fabric
                ```

                ## Fix
                Move what both files need into a third file that both import.
                """;
    }

    @Override
    public void check(RuleContext context) {
        for (ImportProblem p : context.model().importProblems()) {
            if (p.kind() == ImportProblem.Kind.CYCLE) {
                context.report(p.file(), p.range(), "import cycle: " + p.detail());
            }
        }
    }
}
