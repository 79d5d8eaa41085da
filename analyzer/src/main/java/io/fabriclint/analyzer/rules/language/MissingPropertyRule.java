package io.fabriclint.analyzer.rules.language;

import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.diagnostics.Subject;
import io.fabriclint.analyzer.model.LinkDef;
import io.fabriclint.analyzer.model.ModuleDef;
import io.fabriclint.analyzer.model.PropertySchema;
import io.fabriclint.analyzer.model.PropertySpec;
import io.fabriclint.analyzer.rules.Rule;
import io.fabriclint.analyzer.rules.RuleContext;
import io.fabriclint.syntax.DeclarationKind;

import java.util.ArrayList;
import java.util.List;

/** FAB006: a required property is missing. */
public final class MissingPropertyRule extends Rule {
    public MissingPropertyRule() {
        super("FAB006", "missing-property", Severity.ERROR, "Required property missing");
    }

    @Override
    public String documentation() {
        return """
                A declaration lacks a property it cannot do without: a `link` needs `module`; a new \
                `module` (one without `like`) needs `form-factor`, `speed`, `lanes` and `media`. Reported at \
                the declaration's name (a link: its `link` keyword).

                ## Example
                ```
                link leaf.up -> spine.down {   // FAB006: link has no `module`
                  fiber OS2
                }
                ```

                ## Fix
                Add the property, or for a module start from a catalog entry with `like`.
                """;
    }

    @Override
    public void check(RuleContext context) {
        for (LinkDef link : context.model().links()) {
            for (PropertySpec<?> spec : PropertySchema.properties(DeclarationKind.LINK)) {
                if (spec.requirement() == PropertySpec.Requirement.REQUIRED && !link.properties().has(spec.name())) {
                    context.report(new Subject.Link(link), link.file(), link.declaration().keywordRange(),
                            "link " + link.label() + " has no `" + spec.name() + "`"
                                    + (spec == PropertySchema.Link.MODULE
                                    ? ": name the module at both ends, or `SOURCE -> TARGET`" : ""));
                }
            }
        }
        for (ModuleDef m : context.model().modules().values()) {
            if (m.properties().has(PropertySchema.Module.LIKE.name())) {
                continue;
            }
            List<String> missing = new ArrayList<>();
            for (PropertySpec<?> spec : PropertySchema.properties(DeclarationKind.MODULE)) {
                if (spec.requirement() != PropertySpec.Requirement.OPTIONAL && !m.properties().has(spec.name())) {
                    missing.add("`" + spec.name() + "`");
                }
            }
            if (!missing.isEmpty()) {
                context.report(new Subject.Module(m), m.file(), m.name().range(), "module " + m.name().text() + " has no `like`, so it needs "
                        + String.join(", ", missing));
            }
        }
    }
}
