package io.fabriclint.analyzer.rules.physical;

import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.physical.LinkPlan;
import io.fabriclint.analyzer.rules.RuleContext;

/** FAB205: linear pluggable optics on a host they are not qualified with. */
public final class LpoHostRule extends LinkRule {
    public LpoHostRule() {
        super("FAB205", "lpo-host-not-qualified", Severity.WARNING, "LPO module on an unqualified host");
    }

    @Override
    public String documentation() {
        return """
                Linear pluggable optics (`lpo true`) have no DSP: the host ASIC's SerDes drives the optics \
                directly, so a module works only with the hosts it was validated against (its `hosts` list). \
                Warned when the tier's `asic` is not in that list, or when the tier names no `asic` at all. \
                Power savings are real (about half of a DSP module) but so is the lock-in.

                ## Example
                ```
                tier leaf { asic "Spectrum-4"  port up: 32 x QSFP-DD 800G }
                link leaf.up -> spine.down {
                  module QDD-800G-DR8-LPO   // FAB205: qualified with Tomahawk 5 only
                }
                ```

                ## Fix
                Name the tier's `asic`, use a module qualified with it, or a DSP-based module.
                """;
    }

    @Override
    String problem(LinkPlan plan, RuleContext context) {
        for (LinkEnd end : LinkEnd.of(plan)) {
            if (!end.module().lpo()) {
                continue;
            }
            String hosts = end.module().hosts().isEmpty() ? "no host" : String.join(", ", end.module().hosts());
            String asic = end.tier().asic();
            if (asic == null) {
                return end.module().name() + " is linear (LPO) and qualified with " + hosts + "; tier "
                        + end.tier().name().text() + " names no `asic`";
            }
            if (!end.module().hosts().contains(asic)) {
                return end.module().name() + " is linear (LPO) and qualified with " + hosts + "; tier "
                        + end.tier().name().text() + " has \"" + asic + "\"";
            }
        }
        return null;
    }
}
