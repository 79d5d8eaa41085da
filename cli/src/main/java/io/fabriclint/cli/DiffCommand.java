package io.fabriclint.cli;

import io.fabriclint.analyzer.diff.DesignDiff;
import io.fabriclint.analyzer.diff.DiffInput;
import io.fabriclint.analyzer.diff.DiffJson;
import io.fabriclint.analyzer.diff.DiffMarkdown;
import io.fabriclint.analyzer.diff.DiffText;
import io.fabriclint.analyzer.lint.Analyzer;
import io.fabriclint.analyzer.project.DiskFiles;
import io.fabriclint.analyzer.project.FabricProject;
import io.fabriclint.analyzer.project.ProjectSettings;
import io.fabriclint.analyzer.project.RevisionPath;
import io.fabriclint.cli.output.DisplayPaths;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** `fabric diff OLD NEW`: what a change to a design costs and breaks (cabling.md §5, docs/diff.md). */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Compare two designs and say what the change costs and breaks: modules, fibers, power "
                + "(IT, facility, per tier and rack), bandwidth, oversubscription, and new and fixed findings. "
                + "Only what changed is shown.",
                "OLD and NEW are files, or REV:PATH for a file at a git revision (its imports read at the same "
                + "revision), e.g. fabric diff origin/main:site/main.fabric site/main.fabric"},
        exitCodeListHeading = "%nExit status:%n",
        exitCodeList = {"0:compared", "1:--fail-on-new-errors, and NEW has errors OLD did not",
                "2:usage or I/O error"})
public final class DiffCommand implements Callable<Integer> {
    enum Format { text, json, markdown }

    @Parameters(index = "0", paramLabel = "OLD", description = "The design before the change: FILE or REV:PATH.")
    String old;

    @Parameters(index = "1", paramLabel = "NEW", description = "The design after the change: FILE or REV:PATH.")
    String now;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; markdown fits a "
                    + "pull-request comment or job summary).")
    Format format;

    @Option(names = "--fail-on-new-errors", description = "Exit 1 when NEW has lint errors that OLD did not.")
    boolean failOnNewErrors;

    @Option(names = "--catalog", paramLabel = "FILE", description = "A JSON module catalog to add (repeatable).")
    List<Path> catalogs = new ArrayList<>();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ProjectSettings settings = new ProjectSettings(catalogs);
        DiffInput before = load(old, settings);
        DiffInput after = load(now, settings);
        CliFailure broken = CliFailure.of(settings.problems());
        if (broken != null) {
            throw broken;
        }
        DesignDiff diff = DesignDiff.between(before, after);
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case json -> out.println(DiffJson.jsonText(diff));
            case text -> out.print(DiffText.render(diff));
            case markdown -> out.print(DiffMarkdown.render(diff));
        }
        out.flush();
        return failOnNewErrors && diff.diagnostics().newErrors() > 0 ? 1 : 0;
    }

    /** The analysis of a file on disk or at a git revision; anything unreadable is a CliFailure (exit 2). */
    private static DiffInput load(String argument, ProjectSettings settings) {
        RevisionPath revision;
        try {
            revision = RevisionPath.parse(argument, Path.of(""));
        } catch (IOException e) {
            throw new CliFailure(e.getMessage());
        }
        try {
            if (revision == null) {
                Path file = Path.of(argument);
                if (!Files.isRegularFile(file)) {
                    throw new CliFailure(argument + (Files.exists(file) ? ": not a regular file" : ": no such file"));
                }
                Analyzer.Analysis a = new FabricProject(new DiskFiles(), settings).analyze(file, () -> false);
                return new DiffInput(argument, a, DisplayPaths::of);
            }
            Analyzer.Analysis a = new FabricProject(revision.files(), settings).analyze(revision.file(), () -> false);
            return new DiffInput(argument, a, revision::display);
        } catch (NoSuchFileException e) {
            throw new CliFailure(argument + ": " + (e.getReason() == null ? "no such file" : e.getReason()));
        } catch (IOException | java.nio.file.InvalidPathException e) {
            throw new CliFailure("cannot read " + argument + ": " + e.getMessage());
        }
    }
}
