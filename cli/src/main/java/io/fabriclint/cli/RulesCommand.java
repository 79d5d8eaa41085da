package io.fabriclint.cli;

import io.fabriclint.analyzer.lint.RuleRegistry;
import io.fabriclint.analyzer.rules.Rule;
import picocli.CommandLine.Command;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** `fabric rules`: every rule with its code, default severity and title. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List every rule.")
public final class RulesCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (Rule r : RuleRegistry.all()) {
            out.printf("%s  %-7s  %-30s  %s%n", r.code(), r.defaultSeverity().label(), r.name(), r.title());
        }
        out.println();
        out.println("'fabric explain CODE' shows a rule's documentation.");
        out.flush();
        return 0;
    }
}
