package io.fabriclint.analyzer.rules.language;

import io.fabriclint.analyzer.diagnostics.Diagnostic;
import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.model.ValueProblem;
import io.fabriclint.analyzer.rules.Fix;
import io.fabriclint.analyzer.rules.FixContext;
import io.fabriclint.analyzer.rules.Rule;
import io.fabriclint.analyzer.rules.RuleContext;

import java.util.List;

/** FAB005: a value of the wrong type, unit or range. */
public final class InvalidValueRule extends Rule {
    public InvalidValueRule() {
        super("FAB005", "invalid-value", Severity.ERROR, "Invalid value");
    }

    @Override
    public String documentation() {
        return """
                A property's value does not fit it: the wrong type (a name where a number belongs), a unit \
                that does not fit the property (`length 30W`, or a length with no unit at all), a value out \
                of range (`pue 0.8`, `count 0`), or an unknown enum value (`fiber OM6`, `form-factor QSFP`). \
                Units are never silently ignored. The property then keeps its default so the rest of the \
                fabric is still checked.

                ## Example
                ```
                link a.up -> b.down {
                  length 30W    // FAB005: 'W' is not a unit of a length (m, km)
                }
                ```

                ## Fix
                Write the value as the property's documentation says (completion offers units and enum values).
                """;
    }

    @Override
    public void check(RuleContext context) {
        for (ValueProblem p : context.model().valueProblems()) {
            context.report(p.file(), p.range(), p.message(), p.suggestion());
        }
    }

    @Override
    public List<Fix> fixes(Diagnostic diagnostic, FixContext context) {
        return diagnostic.suggestion() == null ? List.of() : List.of(Fix.replacement(diagnostic, "Change to " + diagnostic.suggestion()));
    }
}
