package io.fabriclint.analyzer.rules.physical;

import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.diagnostics.Subject;
import io.fabriclint.analyzer.physical.RackLoad;
import io.fabriclint.analyzer.rules.Rule;
import io.fabriclint.analyzer.rules.RuleContext;
import io.fabriclint.analyzer.values.Limits;
import io.fabriclint.analyzer.values.Quantity;

/** FAB401: a rack draws more than its power budget. */
public final class RackPowerRule extends Rule {
    public RackPowerRule() {
        super("FAB401", "rack-over-power-budget", Severity.ERROR, "Rack over its power budget");
    }

    @Override
    public String documentation() {
        return """
                The IT power of one rack of a group is above its `power` budget. A rack's power is the sum \
                over the tiers placed in it of ceil(count / racks) × device power, where device power is the \
                tier's `power` plus the power of the modules in its ports. Eight DGX H100 at 10.2 kW are \
                81.6 kW, not the 40 kW of the seed article (40.8 kW is four).

                PUE does not enter rack power: heat dissipated in the rack equals its electrical power; PUE \
                is a facility ratio (see the report's facility total).

                """ + FigureNotes.UNCERTAIN_POWER + """

                ## Example
                ```
                rack row { count 2  power 10kW }   // FAB401: 12.6kW per rack
                ```

                ## Fix
                Spread the devices over more racks, or raise the budget to what the rack's power feed and \
                cooling really provide.
                """;
    }

    @Override
    public void check(RuleContext context) {
        for (RackLoad load : context.plan().racks().values()) {
            Double budget = load.budgetWatts();
            if (budget != null && Limits.exceeds(load.watts(), budget)) {
                context.report(new Subject.Rack(load.rack()), load.rack().file(), load.rack().properties().get("power").range(),
                        RackPowerNearBudgetRule.describe(load, budget) + ", more than its " + Quantity.watts(budget)
                                + " budget");
            }
        }
    }
}
