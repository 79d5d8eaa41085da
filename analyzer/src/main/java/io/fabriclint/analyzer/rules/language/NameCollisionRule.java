package io.fabriclint.analyzer.rules.language;

import io.fabriclint.analyzer.cabling.NameCollisions;
import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.diagnostics.Subject;
import io.fabriclint.analyzer.rules.Rule;
import io.fabriclint.analyzer.rules.RuleContext;

/** FAB601: two devices, or two ports of one device, get the same name from the templates. */
public final class NameCollisionRule extends Rule {
    public NameCollisionRule() {
        super("FAB601", "name-collision", Severity.ERROR, "Two devices or ports get the same name");
    }

    @Override
    public String documentation() {
        return """
                The `names` template of a tier gives two devices of the fabric the same name, or its \
                `interfaces` template gives two ports of one device the same name. Cut sheets, NetBox imports, \
                lab topologies and cabling checks find devices and ports by name, so a name given twice sends \
                two cables to one place. The default patterns (`{tier}-{n}`, `{port}-{k}`) never collide; \
                templates without `{n}`/`{i}` (devices) or `{k}`/`{cage}` (ports), and two tiers whose \
                templates produce the same text, do. Reported once per tier, at `names` or `interfaces`.

                ## Example
                ```
                tier leaf  { count 4; names "sw{n}" }
                tier spine { count 2; names "sw{n}" }   // FAB601: 'sw1' is leaf device 1 and spine device 1
                tier spine { port down: 8 x OSFP 800G; port up: 8 x OSFP 800G
                             interfaces "swp{k}" }        // FAB601: down #1 and up #1 are both 'swp1'
                ```

                ## Fix
                Put something that tells the devices apart into `names` (`{tier}`, a prefix per tier, `{n}`), \
                and `{cage}` (numbers every cage of the device once) or `{port}` into `interfaces`.
                """;
    }

    @Override
    public void check(RuleContext context) {
        for (NameCollisions.Collision c : NameCollisions.find(context.model())) {
            context.report(new Subject.Tier(c.tier()), c.tier().file(),
                    c.tier().properties().rangeOr(c.property(), c.tier().name().range()), c.message());
        }
    }
}
