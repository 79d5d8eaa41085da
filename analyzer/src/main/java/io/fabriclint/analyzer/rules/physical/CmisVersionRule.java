package io.fabriclint.analyzer.rules.physical;

import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.physical.LinkPlan;
import io.fabriclint.analyzer.rules.RuleContext;

/** FAB206: the module needs a newer CMIS than the host supports. */
public final class CmisVersionRule extends LinkRule {
    public CmisVersionRule() {
        super("FAB206", "cmis-too-old", Severity.WARNING, "Host CMIS version too old for the module");
    }

    @Override
    public String documentation() {
        return """
                QSFP-DD, QSFP-DD800, OSFP and QSFP112 modules are managed through CMIS; 800G and 100G-lane \
                modules need CMIS 5.0 or later in practice. When a tier declares the highest CMIS version its \
                host software supports (`cmis`), a module that needs a newer one may not initialise or may \
                not expose its breakout modes. Not checked for tiers without `cmis`.

                ## Example
                ```
                tier leaf { cmis 4.0  port up: 32 x QSFP-DD 800G }
                link leaf.up -> spine.down {
                  module QDD-800G-DR8   // FAB206: needs CMIS 5.0; leaf supports 4.0
                }
                ```

                ## Fix
                Upgrade the host's network OS, or use a module of the host's CMIS generation.
                """;
    }

    @Override
    String problem(LinkPlan plan, RuleContext context) {
        for (LinkEnd end : LinkEnd.of(plan)) {
            if (end.tier().cmis() != null && end.module().cmis() != null
                    && end.module().cmis().compareTo(end.tier().cmis()) > 0) {
                return end.module().name() + " needs CMIS " + end.module().cmis() + "; tier " + end.tier().name().text()
                        + " supports " + end.tier().cmis();
            }
        }
        return null;
    }
}
