package io.fabriclint.analyzer.rules.physical;

import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.diagnostics.Subject;
import io.fabriclint.analyzer.model.LinkDef;
import io.fabriclint.analyzer.physical.LinkPlan;
import io.fabriclint.analyzer.rules.Rule;
import io.fabriclint.analyzer.rules.RuleContext;
import io.fabriclint.syntax.SourceRange;

/** A rule judged link group by link group; it reports at most once per link declaration. */
abstract class LinkRule extends Rule {
    LinkRule(String code, String name, Severity severity, String title) {
        super(code, name, severity, title);
    }

    @Override
    public final void check(RuleContext context) {
        for (LinkPlan plan : context.plan().links()) {
            String message = problem(plan, context);
            if (message != null) {
                context.report(new Subject.Link(plan.link()), plan.link().file(), at(plan.link()), message,
                        suggestion(plan, context));
            }
        }
    }

    /** The message for this link, or null when it is fine. */
    abstract String problem(LinkPlan plan, RuleContext context);

    /** Where the diagnostic goes; by default the `module` property. */
    SourceRange at(LinkDef link) {
        return link.properties().rangeOr("module", link.declaration().keywordRange());
    }

    /** A replacement for the text at {@link #at}, when the fix is known. */
    String suggestion(LinkPlan plan, RuleContext context) {
        return null;
    }
}
