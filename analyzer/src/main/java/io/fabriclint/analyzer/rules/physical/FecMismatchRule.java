package io.fabriclint.analyzer.rules.physical;

import io.fabriclint.analyzer.catalog.Fec;
import io.fabriclint.analyzer.catalog.ModuleSpec;
import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.model.FabricDef;
import io.fabriclint.analyzer.model.LinkDef;
import io.fabriclint.analyzer.physical.LinkPlan;
import io.fabriclint.analyzer.rules.RuleContext;
import io.fabriclint.syntax.SourceRange;

/** FAB204: the ends, or the link and its modules, disagree on FEC. */
public final class FecMismatchRule extends LinkRule {
    public FecMismatchRule() {
        super("FAB204", "fec-mismatch", Severity.ERROR, "FEC mismatch");
    }

    @Override
    public String documentation() {
        return """
                Both ends of a link must run the same forward error correction, and it must be the one their \
                lanes require: RS(544,514) "KP4" for every 50G/100G/200G PAM4 lane, RS(528,514) "KR4" for \
                25G NRZ 100G optics (SR4, CWDM4), none for 100GBASE-LR4, cFEC for 400ZR, oFEC for 800ZR and \
                OpenZR+. KR4 and KP4 never interoperate. The link's FEC is its `fec`, else the fabric's \
                `fec`, else the modules'.

                Reported at the link's `fec` when it sets one, else at `module`.

                ## Example
                ```
                link old.up -> new.down {
                  module Q28-100G-CWDM4 -> Q28-100G-DR   // FAB204: RS528 vs RS544
                }
                ```

                ## Fix
                Use modules with the same FEC at both ends, and drop or correct the `fec` override.
                """;
    }

    @Override
    SourceRange at(LinkDef link) {
        return link.properties().has("fec") ? link.properties().get("fec").range()
                : link.properties().rangeOr("module", link.declaration().keywordRange());
    }

    @Override
    String problem(LinkPlan plan, RuleContext context) {
        ModuleSpec m = plan.sourceModule();
        ModuleSpec n = plan.targetModule();
        if (m != null && n != null && m.fec() != null && n.fec() != null && m.fec() != n.fec()) {
            return "the ends use different FEC: " + m.name() + " needs " + m.fec().label() + ", " + n.name() + " needs "
                    + n.fec().label();
        }
        LinkDef link = plan.link();
        FabricDef fabric = context.model().fabric();
        Fec required = link.fec() != null ? link.fec() : fabric != null ? fabric.fec() : null;
        if (required == null) {
            return null;
        }
        String whose = link.fec() != null ? "this link's `fec`" : "the fabric's default `fec`";
        for (ModuleSpec module : LinkEnd.modules(plan)) {
            if (module.fec() != null && module.fec() != required) {
                return whose + " is " + required.label() + ", but " + module.name() + " requires " + module.fec().label();
            }
        }
        return null;
    }
}
