package io.fabriclint.analyzer.editor;

import io.fabriclint.analyzer.diff.DesignDiff;
import io.fabriclint.analyzer.diff.DiffInput;
import io.fabriclint.analyzer.diff.DiffMarkdown;
import io.fabriclint.analyzer.lint.Analyzer;
import io.fabriclint.analyzer.project.FabricProject;
import io.fabriclint.analyzer.project.RevisionPath;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * "Compare with Git HEAD": what the fabric a file belongs to, as the editor
 * has it (unsaved edits included), changes against the same fabric at a git
 * revision, as `fabric diff REV:PATH PATH --format markdown` writes it. The
 * fabric is the file's root (a file imported by `main.fabric` compares
 * `main.fabric`'s design); the old side reads every import at the revision.
 */
public final class GitComparison {
    private GitComparison() {
    }

    /**
     * @throws IOException with a message for the user when the file is in no
     *                     repository, the revision is unknown, or the file is not in it
     */
    public static String markdown(EditorWorkspace workspace, Path file, String revision) throws IOException {
        Path root = workspace.primaryRoot(file);
        Analyzer.Analysis now = workspace.analyze(root, () -> false);
        if (now == null) {
            throw new IOException("cannot read " + root);
        }
        RevisionPath at = RevisionPath.at(revision, root);
        Analyzer.Analysis old;
        try {
            old = new FabricProject(at.files(), workspace.settings()).analyze(root, () -> false);
        } catch (NoSuchFileException e) {
            throw new IOException(at.display(root) + ": not in " + revision + " (a new file has nothing to compare with)");
        }
        Path top = at.top();
        DiffInput before = new DiffInput(at.display(root), old, at::display);
        DiffInput after = new DiffInput(relative(top, root), now, p -> relative(top, p));
        return DiffMarkdown.render(DesignDiff.between(before, after));
    }

    /** As the repository names the file, the way a pull request shows it. */
    private static String relative(Path top, Path file) {
        return file.startsWith(top) ? top.relativize(file).toString().replace('\\', '/') : file.toString();
    }
}
