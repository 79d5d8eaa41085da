package io.fabriclint.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** `fabric`: the command line of fabric-lint. */
@Command(name = "fabric", mixinStandardHelpOptions = true, version = "fabric-lint 0.1.0",
        description = "Lints .fabric data-center fabric descriptions, reports what they add up to, and serves editors.",
        subcommands = {LintCommand.class, ReportCommand.class, FmtCommand.class, GraphCommand.class, ExplainCommand.class,
                RulesCommand.class, LspCommand.class, CablesCommand.class, ExportCommand.class, DiffCommand.class,
                CommandLine.HelpCommand.class})
public final class FabricCommand implements Runnable {
    /** Exit status for usage and I/O errors (spec §6). */
    public static final int USAGE_OR_IO = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line and returns its exit status; never throws. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new FabricCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, a) -> {
            err.println("fabric: " + ex.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
            err.println("Try 'fabric " + (ex.getCommandLine().getCommandName().equals("fabric") ? ""
                    : ex.getCommandLine().getCommandName() + " ") + "--help'.");
            return USAGE_OR_IO;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof CliFailure failure) {
                err.println("fabric: " + failure.getMessage());
                return USAGE_OR_IO;
            }
            // A bug, not a user error: still one clear line, with the detail for a bug report.
            err.println("fabric: internal error: " + ex);
            StackTraceElement[] trace = ex.getStackTrace();
            if (trace.length > 0) {
                err.println("  at " + trace[0]);
            }
            return USAGE_OR_IO;
        });
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // What was allocated is garbage once the stack has unwound: there is room to say why.
            long heapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
            err.println("fabric: out of memory: the input needs more than the " + heapMb + " MB the Java heap may use;"
                    + " split the fabric into files that import each other, or give Java more (java -Xmx"
                    + Math.max(2, 2 * heapMb / 1024 + 1) + "g, or FABRIC_JAVA_OPTS for ./fabric)");
            return USAGE_OR_IO;
        }
    }
}
