package io.fabriclint.analyzer.rules.physical;

import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.model.LinkDef;
import io.fabriclint.analyzer.physical.LinkPlan;
import io.fabriclint.analyzer.rules.RuleContext;
import io.fabriclint.analyzer.values.Quantity;
import io.fabriclint.syntax.SourceRange;

/** FAB305: a link group cannot be spread evenly over the target devices. */
public final class UnevenSpreadRule extends LinkRule {
    public UnevenSpreadRule() {
        super("FAB305", "uneven-spread", Severity.WARNING, "Link group does not spread evenly");
    }

    @Override
    public String documentation() {
        return """
                The target ports a link group uses are not a multiple of the target tier's device count, so \
                some target devices get one more link than others. Traffic then hashes unevenly and the \
                oversubscription figure is an average that no device has.

                ## Example
                ```
                tier leaf  { count 6  port up: 3 x QSFP-DD 800G }
                tier spine { count 4  port down: 6 x QSFP-DD 800G }
                link leaf.up -> spine.down { module QDD-800G-DR8 }   // FAB305: 18 ports over 4 spines
                ```

                ## Fix
                Choose counts so that target ports used ÷ target devices is a whole number.
                """;
    }

    @Override
    SourceRange at(LinkDef link) {
        return link.declaration().keywordRange();
    }

    @Override
    String problem(LinkPlan plan, RuleContext context) {
        if (plan.targetTier() == null || plan.targetPort() == null || plan.targetPorts() == 0) {
            return null;
        }
        int devices = plan.targetTier().count();
        if (plan.targetPorts() % devices == 0) {
            return null;
        }
        return plan.targetPorts() + " target ports do not spread evenly over " + devices + " "
                + plan.targetTier().name().text() + " devices ("
                + Quantity.format(Math.round((double) plan.targetPorts() / devices * 100) / 100.0) + " each)";
    }
}
