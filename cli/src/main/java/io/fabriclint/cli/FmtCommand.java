package io.fabriclint.cli;

import io.fabriclint.analyzer.model.SourceText;
import io.fabriclint.analyzer.project.ProjectSettings;
import io.fabriclint.analyzer.format.FabricFormatter;
import io.fabriclint.analyzer.format.FormatResult;
import io.fabriclint.cli.output.DisplayPaths;
import io.fabriclint.cli.output.SourceExcerpt;
import io.fabriclint.syntax.LineMap;
import io.fabriclint.syntax.SyntaxError;
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

/** `fabric fmt`: rewrites files in the canonical layout (docs/formatting.md), or checks that they are. */
@Command(name = "fmt", mixinStandardHelpOptions = true,
        description = {"Format .fabric files in the canonical layout, keeping every comment.",
                "Directories are searched for *.fabric files (minus the configured excludes); '-' formats standard "
                        + "input to standard output. A file with syntax errors is never rewritten."},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:every file is formatted (rewritten where needed)",
                "1:--check found files that would change, or a file has syntax errors (left as it was)",
                "2:usage or I/O error"})
public final class FmtCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or directories (default: the current directory).")
    List<String> paths = new ArrayList<>();

    @Option(names = "--check", description = "Change nothing; list the files that would change and exit 1 if any would.")
    boolean check;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    InputStream stdin = System.in;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<String> args = paths.isEmpty() ? List.of(".") : paths;
        try {
            if (args.equals(List.of("-"))) {
                return formatStdin(out, err);
            }
            if (args.contains("-")) {
                throw new CliFailure("'-' (standard input) cannot be combined with other paths");
            }
            int changed = 0;
            int broken = 0;
            ProjectSettings settings = new ProjectSettings(List.of());
            List<Path> files = FileCollector.collect(args, settings);
            CliFailure unusable = CliFailure.of(settings.problems());
            if (unusable != null) {
                throw unusable;
            }
            for (Path file : files) {
                String text = read(file);
                FormatResult result = FabricFormatter.format(text);
                String name = DisplayPaths.of(file);
                if (!result.isFormatted()) {
                    refuse(err, name, text, result.syntaxErrors());
                    broken++;
                } else if (result.changes(text)) {
                    changed++;
                    if (!check) {
                        write(file, result.formatted());
                    }
                    out.println(name);
                }
            }
            out.flush();
            if (check && changed > 0) {
                err.println("fabric fmt: " + changed + " of " + files.size() + (files.size() == 1 ? " file" : " files")
                        + " would be reformatted; 'fabric fmt' rewrites them");
            }
            err.flush();
            return broken > 0 || (check && changed > 0) ? 1 : 0;
        } catch (IOException e) {
            throw new CliFailure("cannot read standard input: " + e.getMessage());
        }
    }

    private int formatStdin(PrintWriter out, PrintWriter err) throws IOException {
        String text = SourceText.read(stdin);
        FormatResult result = FabricFormatter.format(text);
        if (!result.isFormatted()) {
            refuse(err, "<stdin>", text, result.syntaxErrors());
            return 1;
        }
        if (check) {
            if (result.changes(text)) {
                out.println("<stdin>");
                out.flush();
                return 1;
            }
            return 0;
        }
        out.print(result.formatted());
        out.flush();
        return 0;
    }

    /** Shows the syntax errors (as `fabric lint` would, FAB001) and says the file was left alone. */
    private static void refuse(PrintWriter err, String name, String text, List<SyntaxError> errors) {
        SourceExcerpt.Source source = new SourceExcerpt.Source(text, new LineMap(text));
        for (SyntaxError e : errors) {
            err.println(name + ":" + (e.range().startLine() + 1) + ":" + (e.range().startColumn() + 1)
                    + ": error FAB001 " + e.message());
            SourceExcerpt.print(err, source, e.range(), null);
        }
        err.println("fabric fmt: " + name + ": not formatted: " + errors.size()
                + (errors.size() == 1 ? " syntax error" : " syntax errors") + " (fix them first; the file is unchanged)");
        err.flush();
    }

    private static String read(Path file) {
        try {
            return SourceText.read(file);
        } catch (IOException e) {
            throw new CliFailure(DisplayPaths.of(file) + ": cannot read: " + e.getMessage());
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliFailure(DisplayPaths.of(file) + ": cannot write: " + e);
        }
    }
}
