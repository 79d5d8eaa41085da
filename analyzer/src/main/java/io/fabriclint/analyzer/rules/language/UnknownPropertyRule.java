package io.fabriclint.analyzer.rules.language;

import io.fabriclint.analyzer.diagnostics.Diagnostic;
import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.model.PropertySchema;
import io.fabriclint.analyzer.model.PropertySpec;
import io.fabriclint.analyzer.model.SourceFile;
import io.fabriclint.analyzer.model.Suggestions;
import io.fabriclint.analyzer.rules.Fix;
import io.fabriclint.analyzer.rules.FixContext;
import io.fabriclint.analyzer.rules.Rule;
import io.fabriclint.analyzer.rules.RuleContext;
import io.fabriclint.syntax.Declaration;
import io.fabriclint.syntax.DeclarationKind;
import io.fabriclint.syntax.Property;

import java.util.List;

/** FAB004: a property the declaration kind does not have. */
public final class UnknownPropertyRule extends Rule {
    public UnknownPropertyRule() {
        super("FAB004", "unknown-property", Severity.ERROR, "Unknown property");
    }

    @Override
    public String documentation() {
        return """
                The block sets a property its declaration kind does not have (spec §3: fabric, module, rack, \
                tier and link each have their own table). Usually a typo; the message names the closest \
                property of that kind, and the editor offers it as a quick fix. The unknown property is \
                otherwise ignored.

                ## Example
                ```
                tier leaf {
                  lenght 2U    // FAB004: unknown tier property 'lenght'; did you mean 'height'?
                }
                ```

                ## Fix
                Use one of the properties the kind accepts (completion lists them).
                """;
    }

    @Override
    public void check(RuleContext context) {
        for (SourceFile file : context.model().files()) {
            for (Declaration d : file.tree().declarations()) {
                if (d instanceof Declaration.Block b) {
                    check(context, file, b.kind(), b.properties());
                } else if (d instanceof Declaration.Link l) {
                    check(context, file, DeclarationKind.LINK, l.properties());
                }
            }
        }
    }

    private void check(RuleContext context, SourceFile file, DeclarationKind kind, List<Property> properties) {
        for (Property p : properties) {
            if (PropertySchema.lookup(kind, p.name().text()) == null) {
                List<String> known = PropertySchema.properties(kind).stream().map(PropertySpec::name).toList();
                String closest = Suggestions.closest(p.name().text(), known);
                context.report(file.path(), p.name().range(), "unknown " + kind.keyword() + " property '"
                        + p.name().text() + "'" + (closest == null ? "; " + kind.keyword() + " properties are "
                        + String.join(", ", known) : "; did you mean '" + closest + "'?"), closest);
            }
        }
    }

    @Override
    public List<Fix> fixes(Diagnostic diagnostic, FixContext context) {
        return diagnostic.suggestion() == null ? List.of() : List.of(Fix.replacement(diagnostic, "Change to '" + diagnostic.suggestion() + "'"));
    }
}
