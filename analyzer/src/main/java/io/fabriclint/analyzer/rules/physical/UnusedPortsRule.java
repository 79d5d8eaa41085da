package io.fabriclint.analyzer.rules.physical;

import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.diagnostics.Subject;
import io.fabriclint.analyzer.physical.PortUsage;
import io.fabriclint.analyzer.rules.Rule;
import io.fabriclint.analyzer.rules.RuleContext;

/** FAB304: ports left unused in a port group that has links. */
public final class UnusedPortsRule extends Rule {
    public UnusedPortsRule() {
        super("FAB304", "unused-ports", Severity.INFO, "Unused ports");
    }

    @Override
    public String documentation() {
        return """
                A port group that links use still has free ports. Often intended (spare ports, a fabric \
                built to grow), sometimes a sign of a miscount: the seed article's 8 spines × 64 ports take \
                only 256 leaf uplinks, half of their ports. Port groups with no links at all are not \
                reported here (their tier gets FAB502 if it has no links).

                ## Example
                ```
                tier spine { count 8  port down: 64 x QSFP-DD 800G }   // FAB304: 256 of 512 unused
                ```

                ## Fix
                Nothing, if the spare ports are intended; otherwise fewer devices or ports, or more links.
                """;
    }

    @Override
    public void check(RuleContext context) {
        for (PortUsage u : context.plan().ports().values()) {
            if (!u.links().isEmpty() && u.unused() > 0) {
                context.report(new Subject.Port(u.port()), u.tier().file(), u.port().property().range(), u.label() + ": " + u.unused() + " of "
                        + u.available() + " ports unused (" + perDevice(u.fewestUnused(), u.mostUnused()) + " of "
                        + u.port().count() + " per device)");
            }
        }
    }

    /**
     * Unused ports per device as the wiring leaves them (docs/language.md): `16`, `2 or 3`, or `0 to 8` when
     * the wiring fills some devices before others; never a fraction of a port.
     */
    static String perDevice(long fewest, long most) {
        return fewest == most ? Long.toString(fewest) : most == fewest + 1 ? fewest + " or " + most : fewest + " to " + most;
    }
}
