package io.fabriclint.analyzer.rules.physical;

import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.physical.LinkPlan;
import io.fabriclint.analyzer.rules.RuleContext;
import io.fabriclint.analyzer.values.Limits;
import io.fabriclint.analyzer.values.Quantity;

/** FAB207: the module draws more than the port can power and cool. */
public final class ModulePowerRule extends LinkRule {
    public ModulePowerRule() {
        super("FAB207", "module-power-over-port-limit", Severity.ERROR, "Module power above the port's limit");
    }

    @Override
    public String documentation() {
        return """
                Switches publish a power and cooling limit per port (NVIDIA SN5600: 18 W on every port; \
                SN5400: 12 W, 21 W on some). A port declared with `max-power` cannot run a module that draws \
                more: it may refuse to power it, or throttle and overheat. Not checked for ports without \
                `max-power`.

                """ + FigureNotes.UNCERTAIN_POWER + """

                ## Example
                ```
                tier leaf { port up: 32 x OSFP 800G max-power 12W }
                link leaf.up -> spine.down {
                  module OSFP-800G-DR8   // FAB207: 17W in 12W ports
                }
                ```

                ## Fix
                Use a lower-power module (LPO, or a shorter-reach part), or ports with a higher power class.
                """;
    }

    @Override
    String problem(LinkPlan plan, RuleContext context) {
        for (LinkEnd end : LinkEnd.of(plan)) {
            Double limit = end.port().maxPowerWatts();
            Double power = end.module().powerWatts();
            if (limit != null && power != null && Limits.exceeds(power, limit)) {
                return end.module().name() + " draws " + Quantity.watts(power) + "; the cages of " + end.portLabel()
                        + " allow " + Quantity.watts(limit) + " (max-power)";
            }
        }
        return null;
    }
}
