package io.fabriclint.cli;

import io.fabriclint.analyzer.lint.RuleRegistry;
import io.fabriclint.analyzer.rules.Rule;
import io.fabriclint.analyzer.rules.RuleDocs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

import java.util.concurrent.Callable;

/** `fabric explain CODE`: a rule's documentation. */
@Command(name = "explain", mixinStandardHelpOptions = true, description = "Show the documentation of a rule.")
public final class ExplainCommand implements Callable<Integer> {
    @Parameters(paramLabel = "CODE", description = "A rule code such as FAB101.")
    String code;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Rule rule = RuleRegistry.byCode(code.toUpperCase(java.util.Locale.ROOT));
        if (rule == null) {
            throw new CliFailure("unknown rule '" + code + "'; 'fabric rules' lists them");
        }
        spec.commandLine().getOut().print(RuleDocs.markdown(rule));
        spec.commandLine().getOut().flush();
        return 0;
    }
}
