package io.fabriclint.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** `fabric`: the command line of fabric-lint. */
@Command(name = "fabric", mixinStandardHelpOptions = true, version = "fabric-lint 0.1.0",
        description = "Lints .fabric data-center fabric descriptions, reports what they add up to, and serves editors.")
public final class FabricCommand implements Runnable {
    private static final String PICOCLI_CONVERTER_EXCLUDES = "picocli.converters.excludes";

    /** Exit status for usage and I/O errors (spec §6). */
    public static final int USAGE_OR_IO = 2;

    /**
     * The subcommands, in the order `fabric --help` lists them. picocli reads a
     * command's annotations when it is registered, so only the command being
     * run is registered; all of them only for help, or when the first argument
     * names none of them (for picocli's "did you mean").
     */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> commands = new LinkedHashMap<>();
        commands.put("lint", LintCommand::new);
        commands.put("report", ReportCommand::new);
        commands.put("fmt", FmtCommand::new);
        commands.put("graph", GraphCommand::new);
        commands.put("explain", ExplainCommand::new);
        commands.put("rules", RulesCommand::new);
        commands.put("lsp", LspCommand::new);
        commands.put("cables", CablesCommand::new);
        commands.put("export", ExportCommand::new);
        commands.put("diff", DiffCommand::new);
        commands.put("help", CommandLine.HelpCommand::new);
        return commands;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        if (args.length == 0 || !args[0].equals("lsp")) {
            HeapGuard.startLater(new PrintWriter(System.err, true)); // the server answers out-of-memory itself
        }
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** What a command that ran out of heap says (one line; exit status 2). */
    static String outOfMemory() {
        long heapMb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
        return "fabric: out of memory: the input needs more than the " + heapMb + " MB the Java heap may use;"
                + " split the fabric into files that import each other, or give Java more (java -Xmx"
                + Math.max(2, 2 * heapMb / 1024 + 1) + "g, or FABRIC_JAVA_OPTS for ./fabric)";
    }

    /** Runs a command line and returns its exit status; never throws. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        // No option takes a date, time or JDBC type: spare picocli looking up a converter for each
        // by reflection (loading java.sql) at every start.
        if (System.getProperty(PICOCLI_CONVERTER_EXCLUDES) == null) {
            System.setProperty(PICOCLI_CONVERTER_EXCLUDES, "java\\.sql\\..*,java\\.time\\..*");
        }
        CommandLine cli = new CommandLine(new FabricCommand());
        String first = args.length > 0 ? args[0] : "";
        if (SUBCOMMANDS.containsKey(first) && !first.equals("help")) {
            cli.addSubcommand(first, SUBCOMMANDS.get(first).get());
        } else {
            SUBCOMMANDS.forEach((name, command) -> cli.addSubcommand(name, command.get()));
        }
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
            err.println(outOfMemory());
            return USAGE_OR_IO;
        }
    }
}
