package io.fabriclint.analyzer.rules.physical;

import io.fabriclint.analyzer.catalog.Lanes;
import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.physical.LinkPlan;
import io.fabriclint.analyzer.rules.RuleContext;

/** FAB203: the two ends cannot talk to each other. */
public final class InteropRule extends LinkRule {
    public InteropRule() {
        super("FAB203", "ends-do-not-interoperate", Severity.ERROR, "Link ends do not interoperate");
    }

    @Override
    public String documentation() {
        return """
                The modules at the two ends of a link must have the same optical channel kind: the same lane \
                rate and the same family (`8 x 100G DR` ↔ `4 x 100G DR` is a 1:2 breakout; `8 x 50G SR` ↔ \
                `4 x 100G SR` is not: 50G and 100G lanes never talk). Their lane counts must divide one \
                another; the breakout follows from them (spec §4). WDM modules break out per engine only: \
                `2 x 400G FR4` feeds two 400G-FR4, never eight 100G-FR1.

                ## Example
                ```
                link server.nic -> leaf.down {
                  module QDD-400G-SR8 -> QDD-400G-DR4   // FAB203: 8 x 50G SR vs 4 x 100G DR
                }
                ```

                ## Fix
                Pick modules of one family and lane rate at both ends (the same module, or a breakout \
                partner such as OSFP-800G-2DR4 -> 2 × OSFP-400G-DR4).
                """;
    }

    @Override
    String problem(LinkPlan plan, RuleContext context) {
        if (plan.sourceModule() == null || plan.targetModule() == null) {
            return null;
        }
        Lanes m = plan.sourceModule().lanes();
        Lanes n = plan.targetModule().lanes();
        if (m == null || n == null) {
            return null;
        }
        if (m.rateGbps() != n.rateGbps() || !m.family().equals(n.family())) {
            String what = m.rateGbps() != n.rateGbps() && !m.family().equals(n.family()) ? "lane rate and family differ"
                    : m.rateGbps() != n.rateGbps() ? "lane rates differ" : "lane families differ";
            return ends(plan, m, n) + " do not interoperate: " + what;
        }
        if (!plan.lanesDivide()) {
            return ends(plan, m, n) + " do not interoperate: lane counts " + m.count() + " and " + n.count()
                    + " do not divide one another, so there is no breakout";
        }
        return null;
    }

    /** Made only for a finding: the check runs on every link of the fabric. */
    private static String ends(LinkPlan plan, Lanes m, Lanes n) {
        return plan.sourceModule().name() + " (" + m + ") and " + plan.targetModule().name() + " (" + n + ")";
    }
}
