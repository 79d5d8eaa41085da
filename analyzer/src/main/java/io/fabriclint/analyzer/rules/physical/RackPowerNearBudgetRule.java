package io.fabriclint.analyzer.rules.physical;

import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.diagnostics.Subject;
import io.fabriclint.analyzer.model.TierDef;
import io.fabriclint.analyzer.physical.FabricPlan;
import io.fabriclint.analyzer.physical.RackLoad;
import io.fabriclint.analyzer.rules.Rule;
import io.fabriclint.analyzer.rules.RuleContext;
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
            if (budget != null && load.watts() > 0.9 * budget + 1e-6 && load.watts() <= budget + 1e-6) {
                context.report(new Subject.Rack(load.rack()), load.rack().file(), load.rack().properties().get("power").range(),
                        describe(load) + ": " + Math.round(load.watts() / budget * 1000) / 10.0
                                + "% of its " + kw(budget) + " budget (above 90%)");
            }
        }
    }

    /** `each rack of row draws 12.64kW (4 leaf × 2080W + 4 gpu × 1080W)`. */
    static String describe(RackLoad load) {
        List<String> parts = new ArrayList<>();
        for (TierDef t : load.tiers()) {
            parts.add(FabricPlan.devicesPerRack(t, load.rack()) + " " + t.name().text());
        }
        return "each rack of " + load.rack().name().text() + " draws " + kw(load.watts()) + " ("
                + String.join(" + ", parts) + ")";
    }

    static String kw(double watts) {
        return watts >= 1000 ? Quantity.format(Math.round(watts / 10) / 100.0) + "kW" : Quantity.format(watts) + "W";
    }
}
