package io.fabriclint.analyzer.rules.language;

import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.diagnostics.Subject;
import io.fabriclint.analyzer.model.ModuleDef;
import io.fabriclint.analyzer.rules.Rule;
import io.fabriclint.analyzer.rules.RuleContext;

/** FAB008: a `module` block that replaces a built-in catalog entry. */
public final class ShadowedModuleRule extends Rule {
    public ShadowedModuleRule() {
        super("FAB008", "module-shadows-built-in", Severity.WARNING, "Module shadows a built-in");
    }

    @Override
    public String documentation() {
        return """
                A `module` block uses the name of a built-in catalog entry, so every use of that name in the \
                fabric now means the block, not the catalog figures. Inside the block, `like NAME` still \
                refers to the built-in. This is allowed (to correct a figure for your vendor's part) but easy \
                to do by accident, and a reader of the file cannot tell which figures apply.

                ## Example
                ```
                module QDD-800G-DR8 {   // FAB008: shadows the built-in QDD-800G-DR8
                  like QDD-800G-DR8
                  power 16W
                }
                ```

                ## Fix
                Give your variant its own name (`ACME-800G-DR8 { like QDD-800G-DR8 … }`), or suppress the \
                warning where replacing the built-in is intended.
                """;
    }

    @Override
    public void check(RuleContext context) {
        for (ModuleDef m : context.model().modules().values()) {
            if (context.model().catalog().isBuiltIn(m.name().text())) {
                context.report(new Subject.Module(m), m.file(), m.name().range(), "module " + m.name().text()
                        + " shadows the built-in catalog entry of that name; every use of the name now means this block");
            }
        }
    }
}
