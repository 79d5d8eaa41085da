package io.fabriclint.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;

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
    private static final List<String> SUBCOMMANDS =
            List.of("lint", "report", "fmt", "graph", "explain", "rules", "lsp", "cables", "export", "diff", "help");

    /** A new command object for the subcommand {@code name}; a switch, not constructor references: no call sites to link at start. */
    private static Object subcommand(String name) {
        return switch (name) {
            case "lint" -> new LintCommand();
            case "report" -> new ReportCommand();
            case "fmt" -> new FmtCommand();
            case "graph" -> new GraphCommand();
            case "explain" -> new ExplainCommand();
            case "rules" -> new RulesCommand();
            case "lsp" -> new LspCommand();
            case "cables" -> new CablesCommand();
            case "export" -> new ExportCommand();
            case "diff" -> new DiffCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException(name);
        };
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        StartupWarmup.startFor(args); // on the second core while picocli reads the command line
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
        if (SUBCOMMANDS.contains(first) && !first.equals("help")) {
            cli.addSubcommand(first, subcommand(first));
        } else {
            for (String name : SUBCOMMANDS) {
                cli.addSubcommand(name, subcommand(name));
            }
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
