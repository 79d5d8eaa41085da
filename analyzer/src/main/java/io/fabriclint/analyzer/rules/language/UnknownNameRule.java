package io.fabriclint.analyzer.rules.language;

import io.fabriclint.analyzer.catalog.ModuleSpec;
import io.fabriclint.analyzer.diagnostics.Diagnostic;
import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.diagnostics.Subject;
import io.fabriclint.analyzer.model.FabricModel;
import io.fabriclint.analyzer.model.ImportProblem;
import io.fabriclint.analyzer.model.Reference;
import io.fabriclint.analyzer.model.Suggestions;
import io.fabriclint.analyzer.model.Symbol;
import io.fabriclint.analyzer.model.SymbolKind;
import io.fabriclint.analyzer.rules.Fix;
import io.fabriclint.analyzer.rules.FixContext;
import io.fabriclint.analyzer.rules.Rule;
import io.fabriclint.analyzer.rules.RuleContext;

import java.util.ArrayList;
import java.util.List;

/** FAB002: a name that is declared nowhere, or an import file that does not exist. */
public final class UnknownNameRule extends Rule {
    public UnknownNameRule() {
        super("FAB002", "unknown-name", Severity.ERROR, "Unknown name or import");
    }

    @Override
    public String documentation() {
        return """
                A tier, port, rack or module name is used but declared nowhere in the fabric (this file and \
                every file it imports), and for modules not in the catalog either; or an `import` names a \
                file that does not exist. Names are case sensitive and may be used before they are declared.

                The message suggests the closest declared name when there is one, and the editor offers it \
                as a quick fix.

                ## Example
                ```
                link leaf.down -> core.down {   // FAB002: unknown tier 'core'
                  module QDD-400G-XR9            // FAB002: unknown module
                }
                ```

                ## Fix
                Correct the spelling, declare the missing tier/rack/module, or import the file that declares it.
                """;
    }

    @Override
    public void check(RuleContext context) {
        FabricModel model = context.model();
        for (ImportProblem p : model.importProblems()) {
            if (p.kind() == ImportProblem.Kind.MISSING) {
                context.report(p.file(), p.range(), "cannot import \"" + p.path() + "\": " + p.detail());
            }
        }
        java.util.Map<String, List<String>> candidatesByKey = new java.util.HashMap<>();
        for (Reference r : model.references()) {
            if (r.resolved()) {
                continue;
            }
            List<String> candidates = candidatesByKey.computeIfAbsent(r.kind() + ":" + r.container(),
                    k -> candidates(model, r));
            String closest = Suggestions.closest(r.name(), candidates);
            String hint = closest == null ? "" : "; did you mean '" + closest + "'?";
            String message = switch (r.kind()) {
                case PORT -> "tier " + r.container() + " has no port '" + r.name() + "'" + hint;
                case MODULE -> "unknown module '" + r.name() + "': not in the catalog and declared by no `module` block"
                        + hint;
                default -> "unknown " + r.kind().word() + " '" + r.name() + "'" + hint;
            };
            context.report(new Subject.Name(r), r.file(), r.range(), message, closest);
        }
    }

    private static List<String> candidates(FabricModel model, Reference r) {
        List<String> names = new ArrayList<>();
        for (Symbol s : model.symbols()) {
            if (s.kind() == r.kind() && (r.kind() != SymbolKind.PORT || s.container().equals(r.container()))) {
                names.add(s.name());
            }
        }
        if (r.kind() == SymbolKind.MODULE) {
            for (ModuleSpec m : model.catalog().all()) {
                names.add(m.name());
            }
        }
        return names;
    }

    @Override
    public List<Fix> fixes(Diagnostic diagnostic, FixContext context) {
        return diagnostic.suggestion() == null ? List.of() : List.of(Fix.replacement(diagnostic, "Change to '" + diagnostic.suggestion() + "'"));
    }
}
