package io.fabriclint.analyzer.rules.physical;

import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.physical.LinkPlan;
import io.fabriclint.analyzer.rules.RuleContext;

/** FAB201: the module's form factor does not fit the port's cage. */
public final class CageFitRule extends LinkRule {
    public CageFitRule() {
        super("FAB201", "module-does-not-fit-cage", Severity.ERROR, "Module does not fit the port cage");
    }

    @Override
    public String documentation() {
        return """
                A module's form factor does not plug into the cage of the port group it is used in. QSFP-DD \
                and QSFP-DD800 cages take QSFP28/QSFP56/QSFP112 modules (backward compatible: only the first \
                four lanes are used) and QSFP-DD modules; OSFP cages take only OSFP modules (QSFP needs an \
                adapter; OSFP is wider than QSFP-DD); OSFP-XD takes only OSFP-XD; SFP cages take SFP \
                modules. A 400G-class QSFP-DD cage takes a QSFP-DD800 module mechanically; whether it runs \
                at 800G is the speed rule's question (FAB202).

                ## Example
                ```
                tier leaf { port up: 4 x QSFP-DD 800G }
                link leaf.up -> spine.down {
                  module OSFP-800G-DR8   // FAB201: an OSFP module in QSFP-DD800 cages
                }
                ```

                ## Fix
                Use the module variant of the cage's form factor (QDD-800G-DR8 here), or declare the port \
                with the cage the hardware really has.
                """;
    }

    @Override
    String problem(LinkPlan plan, RuleContext context) {
        for (LinkEnd end : LinkEnd.of(plan)) {
            if (end.module().formFactor() != null && !end.port().cage().fits(end.module().formFactor())) {
                return end.module().name() + " is " + article(end.module().formFactor().label()) + " " + end.module().formFactor().label() + " module; it does not fit the "
                        + end.port().cage().label() + " cages of " + end.portLabel();
            }
        }
        return null;
    }

    static String article(String word) {
        return "AEIOUaeiou".indexOf(word.charAt(0)) >= 0 || word.startsWith("SFP") ? "an" : "a";
    }
}
