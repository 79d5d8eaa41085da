package io.fabriclint.analyzer.rules.physical;

import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.physical.LinkPlan;
import io.fabriclint.analyzer.rules.RuleContext;
import io.fabriclint.analyzer.values.Limits;
import io.fabriclint.analyzer.values.Quantity;

/** FAB202: the module runs faster than the port. */
public final class PortSpeedRule extends LinkRule {
    public PortSpeedRule() {
        super("FAB202", "module-faster-than-port", Severity.ERROR, "Module faster than the port");
    }

    @Override
    public String documentation() {
        return """
                A module's speed is above the speed of the port group it is plugged into. An 800G module \
                needs a host with 100G electrical lanes: a QSFP-DD port declared at 400G (8 × 50G) cannot \
                run a QSFP-DD800 module at 800G. (A slower module in a faster port is fine: QSFP28 in \
                QSFP-DD.)

                ## Example
                ```
                tier edge { port up: 2 x QSFP-DD 400G }
                link edge.up -> border.down {
                  module QDD-800G-DR8   // FAB202: 800G module in 400G ports
                }
                ```

                ## Fix
                Use a module of the port's speed, or declare the port at the speed the switch really has \
                (`QSFP-DD 800G` is a QSFP-DD800 cage).
                """;
    }

    @Override
    String problem(LinkPlan plan, RuleContext context) {
        for (LinkEnd end : LinkEnd.of(plan)) {
            Double speed = end.module().speedGbps();
            if (speed != null && Limits.exceeds(speed, end.port().speedGbps())) {
                return end.module().name() + " runs at " + Quantity.gbps(speed) + "; the " + end.port().cage().label()
                        + " cages of " + end.portLabel() + " are " + Quantity.gbps(end.port().speedGbps());
            }
        }
        return null;
    }
}
