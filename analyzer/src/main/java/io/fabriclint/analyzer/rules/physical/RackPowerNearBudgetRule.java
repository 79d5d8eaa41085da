package io.fabriclint.analyzer.rules.physical;

import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.diagnostics.Subject;
import io.fabriclint.analyzer.model.TierDef;
import io.fabriclint.analyzer.physical.FabricPlan;
import io.fabriclint.analyzer.physical.RackLoad;
import io.fabriclint.analyzer.rules.Rule;
import io.fabriclint.analyzer.rules.RuleContext;
import io.fabriclint.analyzer.values.Figures;
import io.fabriclint.analyzer.values.Limits;
import io.fabriclint.analyzer.values.Quantity;

import java.util.ArrayList;
import java.util.List;

/** FAB402: a rack runs above 90% of its power budget. */
public final class RackPowerNearBudgetRule extends Rule {
    public RackPowerNearBudgetRule() {
        super("FAB402", "rack-near-power-budget", Severity.WARNING, "Rack near its power budget");
    }

    @Override
    public String documentation() {
        return """
                One rack of a group draws more than 90% of its `power` budget (but not more than all of it, \
                which is FAB401). Typical power figures are not peaks, and a rack planned to the last watt \
                has no room for a module swap or a firmware that draws more.

                """ + FigureNotes.UNCERTAIN_POWER + """

                ## Example
                ```
                rack row { power 10kW }   // FAB402: 9.5kW is 95% of the budget
                ```

                ## Fix
                Leave headroom: fewer devices per rack, or a larger budget.
                """;
    }

    @Override
    public void check(RuleContext context) {
        for (RackLoad load : context.plan().racks().values()) {
            Double budget = load.budgetWatts();
            if (budget != null && Limits.exceeds(load.watts(), 0.9 * budget) && !Limits.exceeds(load.watts(), budget)) {
                context.report(new Subject.Rack(load.rack()), load.rack().file(), load.rack().properties().get("power").range(),
                        describe(load, 0.9 * budget) + ": " + Figures.percent(load.watts(), budget, 90)
                                + " of its " + Quantity.watts(budget) + " budget (above 90%)");
            }
        }
    }

    /**
     * `each rack of row draws 12.64kW (4 leaf + 4 gpu)`, the draw written precisely enough to read
     * differently from {@code limit} (the figure it is compared with) when it differs.
     */
    static String describe(RackLoad load, double limit) {
        List<String> parts = new ArrayList<>();
        for (TierDef t : load.tiers()) {
            parts.add(FabricPlan.devicesPerRack(t, load.rack()) + " " + t.name().text());
        }
        return "each rack of " + load.rack().name().text() + " draws " + Quantity.watts(load.watts(), limit) + " ("
                + String.join(" + ", parts) + ")";
    }
}
