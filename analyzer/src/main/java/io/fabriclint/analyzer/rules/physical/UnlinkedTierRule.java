package io.fabriclint.analyzer.rules.physical;

import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.diagnostics.Subject;
import io.fabriclint.analyzer.model.TierDef;
import io.fabriclint.analyzer.rules.Rule;
import io.fabriclint.analyzer.rules.RuleContext;

/** FAB502: a tier no link touches. */
public final class UnlinkedTierRule extends Rule {
    public UnlinkedTierRule() {
        super("FAB502", "tier-without-links", Severity.WARNING, "Tier without links");
    }

    @Override
    public String documentation() {
        return """
                No link starts or ends at this tier, so its devices are not part of the fabric: a forgotten \
                `link` block, or a tier left over from an earlier design. Its power still counts in the \
                totals.

                ## Example
                ```
                tier storage { count 16 }   // FAB502: no links
                ```

                ## Fix
                Add the missing `link`, or remove the tier.
                """;
    }

    @Override
    public void check(RuleContext context) {
        for (TierDef t : context.model().tiers().values()) {
            if (!context.plan().linked(t.name().text())) {
                context.report(new Subject.Tier(t), t.file(), t.name().range(), "tier " + t.name().text() + " has no links: no link starts or ends here");
            }
        }
    }
}
