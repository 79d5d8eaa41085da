package io.fabriclint.cli;

import io.fabriclint.analyzer.model.SourceText;
import io.fabriclint.analyzer.project.DiskFiles;
import io.fabriclint.analyzer.project.FabricProject;
import io.fabriclint.analyzer.project.LintResult;
import io.fabriclint.analyzer.project.ProjectSettings;
import io.fabriclint.cli.output.DiagnosticOutput;
import io.fabriclint.cli.output.LintOutcome;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** `fabric lint`: diagnostics for files and directories. */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Lint .fabric files (directories recursively; '-' reads standard input) and every file they import.",
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:no errors (and no more warnings than --max-warnings)",
                "1:errors found, or more warnings than --max-warnings",
                "2:usage or I/O error"})
public final class LintCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or directories (default: the current directory).")
    List<String> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    DiagnosticOutput.Format format;

    @Option(names = "--catalog", paramLabel = "FILE", description = "A JSON module catalog to add (repeatable).")
    List<Path> catalogs = new ArrayList<>();

    @Option(names = "--max-warnings", paramLabel = "N", description = "Exit 1 when there are more than N warnings.")
    Integer maxWarnings;

    @Option(names = "--no-color", description = "No colour in text output (also when NO_COLOR is set).")
    boolean noColor;

    @Option(names = {"-q", "--quiet"}, description = "Report errors only (warnings and infos are neither shown nor counted).")
    boolean quiet;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    InputStream stdin = System.in;

    @Override
    public Integer call() {
        List<String> args = paths.isEmpty() ? List.of(".") : paths;
        ProjectSettings settings = new ProjectSettings(catalogs);
        FabricProject project = new FabricProject(new DiskFiles(), settings);
        LintResult result;
        try {
            if (args.equals(List.of("-"))) {
                result = project.lintText(SourceText.read(stdin));
            } else if (args.contains("-")) {
                throw new CliFailure("'-' (standard input) cannot be combined with other paths");
            } else {
                List<Path> files = FileCollector.collect(args, settings);
                if (files.isEmpty()) {
                    spec.commandLine().getErr().println("fabric: no .fabric files found in " + String.join(", ", args));
                }
                result = project.lint(files);
            }
        } catch (SourceText.TooLargeException e) {
            throw new CliFailure("standard input: " + e.getMessage());
        } catch (IOException e) {
            throw new CliFailure(e instanceof java.nio.file.NoSuchFileException ? e.getMessage()
                    + ": no such file or directory" : "cannot read: " + e.getMessage());
        }
        CliFailure broken = CliFailure.of(result.problems());
        if (broken != null) {
            throw broken;
        }
        LintOutcome outcome = LintOutcome.of(result, quiet, maxWarnings,
                spec.commandLine().getParseResult().originalArgs());
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            boolean color = !noColor && System.console() != null && System.getenv("NO_COLOR") == null
                    && !"dumb".equals(System.getenv("TERM"));
            DiagnosticOutput.of(format).write(out, outcome, color);
            out.flush();
        } else {
            writeReport(outcome);
        }
        return outcome.exitCode();
    }

    private void writeReport(LintOutcome outcome) {
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8))) {
                DiagnosticOutput.of(format).write(out, outcome, false);
                if (out.checkError()) {
                    throw new IOException("write failed");
                }
            }
        } catch (IOException e) {
            throw new CliFailure(output + ": cannot write: " + e.getMessage());
        }
    }
}
