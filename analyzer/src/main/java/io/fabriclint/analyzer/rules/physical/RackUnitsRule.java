package io.fabriclint.analyzer.rules.physical;

import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.diagnostics.Subject;
import io.fabriclint.analyzer.model.TierDef;
import io.fabriclint.analyzer.physical.FabricPlan;
import io.fabriclint.analyzer.physical.RackLoad;
import io.fabriclint.analyzer.rules.Rule;
import io.fabriclint.analyzer.rules.RuleContext;
import io.fabriclint.analyzer.values.Limits;
import io.fabriclint.analyzer.values.Quantity;

import java.util.ArrayList;
import java.util.List;

/** FAB303: a rack holds more rack units than it has. */
public final class RackUnitsRule extends Rule {
    public RackUnitsRule() {
        super("FAB303", "rack-units-exceeded", Severity.ERROR, "Rack over its height");
    }

    @Override
    public String documentation() {
        return """
                The devices placed in one rack of a group take more rack units than the rack's `height`. \
                Each tier with `rack R` is spread evenly over R's racks: one rack holds ceil(count / racks) \
                of its devices, each `height` units. Eight 8U DGX H100 systems are 64U: they do not fit a \
                42U rack (NVIDIA's guidance is four per rack).

                Reported at the rack's `height`, else at its name.

                ## Example
                ```
                rack row { count 2  height 42U }   // FAB303: 4 × 1U + 4 × 10U = 44U
                tier leaf { count 8  rack row  height 1U }
                tier gpu  { count 8  rack row  height 10U }
                ```

                ## Fix
                Add racks to the group (`count`), move a tier to another rack group, or use taller racks.
                """;
    }

    @Override
    public void check(RuleContext context) {
        for (RackLoad load : context.plan().racks().values()) {
            if (Limits.exceeds(load.units(), load.rack().heightUnits())) {
                context.report(new Subject.Rack(load.rack()), load.rack().file(), load.rack().properties().rangeOr("height", load.rack().name().range()),
                        "each rack of " + load.rack().name().text() + " holds " + Quantity.format(load.units()) + "U ("
                                + breakdown(load) + "); it is " + Quantity.format(load.rack().heightUnits()) + "U");
            }
        }
    }

    static String breakdown(RackLoad load) {
        List<String> parts = new ArrayList<>();
        for (TierDef t : load.tiers()) {
            parts.add(FabricPlan.devicesPerRack(t, load.rack()) + " " + t.name().text() + " × "
                    + Quantity.format(t.heightUnits()) + "U");
        }
        return String.join(" + ", parts);
    }
}
