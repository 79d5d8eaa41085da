package io.fabriclint.analyzer.project;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * A file at a git revision, written `REV:PATH` as for `git show`
 * (`origin/main:site/main.fabric`, `HEAD~1:./main.fabric`, `:main.fabric` for
 * the index). As git does, PATH is relative to the repository's top folder,
 * unless it starts with `./` or `../`, which make it relative to the current
 * folder. The revision is resolved to its commit once, so every import is read
 * from the same commit.
 *
 * @param name   the revision as written ("" for the index)
 * @param commit the commit it names ("" for the index)
 * @param top    the repository's top folder
 * @param file   where the file would be in the working tree
 */
public record RevisionPath(String name, String commit, Path top, Path file) {

    /** A usage error in `REV:PATH` (exit 2 on the command line), with a message that says what to write. */
    public static final class RevisionException extends IOException {
        public RevisionException(String message) {
            super(message);
        }
    }

    /**
     * The revision path an argument names, or null when it names a file on disk
     * (an existing file wins, so a file name with a colon still works; so does a
     * Windows drive letter).
     *
     * @param cwd the folder relative paths start from
     * @throws RevisionException when it looks like `REV:PATH` but git cannot resolve it
     */
    public static RevisionPath parse(String argument, Path cwd) throws IOException {
        int colon = argument.indexOf(':');
        if (colon < 0 || existsOnDisk(argument, cwd) || isDriveLetter(argument, colon)) {
            return null;
        }
        String name = argument.substring(0, colon);
        String path = argument.substring(colon + 1);
        if (path.isEmpty()) {
            throw new RevisionException(argument + ": give a file after the colon (REV:PATH)");
        }
        if (name.startsWith("-")) {
            throw new RevisionException(argument + ": not a revision");
        }
        Path here = cwd.toAbsolutePath().normalize();
        Path top = top(here, argument);
        Path file;
        try {
            boolean fromHere = path.startsWith("./") || path.startsWith("../") || path.equals(".") || path.equals("..");
            file = (fromHere ? here : top).resolve(path).normalize();
        } catch (InvalidPathException e) {
            throw new RevisionException(argument + ": not a valid path");
        }
        if (!file.startsWith(top) || file.equals(top)) {
            throw new RevisionException(argument + ": " + path + " is outside the repository " + top);
        }
        return new RevisionPath(name, commit(top, name, argument), top, file);
    }

    /**
     * A file of the working tree at a revision of its repository (the editor's
     * "Compare with Git HEAD"): the repository is the one the file is in.
     *
     * @throws RevisionException when the file is in no repository or the revision is unknown
     */
    public static RevisionPath at(String name, Path file) throws IOException {
        Path f = file.toAbsolutePath().normalize();
        Path dir = f.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new RevisionException(f + " is not in a folder on disk");
        }
        Path top = top(dir, f.getFileName().toString());
        return new RevisionPath(name, commit(top, name, name + ":" + top.relativize(f)), top, f);
    }

    /** The top folder of the repository {@code dir} is in, spelt as {@code dir} is (no symbolic links resolved). */
    private static Path top(Path dir, String argument) throws IOException {
        Git.Result cdup = Git.line(dir, "rev-parse", "--show-cdup");
        if (cdup.exit() != 0) {
            throw new RevisionException(argument + ": not in a git repository (" + cdup.message() + ")");
        }
        return dir.resolve(cdup.text()).normalize();
    }

    /** The commit a revision names; "" (the index) for "". */
    private static String commit(Path top, String name, String argument) throws IOException {
        if (name.isEmpty()) {
            return "";
        }
        Git.Result resolved = Git.line(top, "rev-parse", "--verify", "--quiet", "--end-of-options", name + "^{commit}");
        if (resolved.exit() != 0 || resolved.text().isEmpty()) {
            throw new RevisionException(argument + ": unknown revision '" + name + "'");
        }
        return resolved.text();
    }

    /** The files of the repository at this revision. */
    public GitRevisionFiles files() {
        return new GitRevisionFiles(top, commit, name);
    }

    /** `origin/main:site/main.fabric`: how output names a file of this revision. */
    public String display(Path path) {
        Path p = path.toAbsolutePath().normalize();
        String rel = p.startsWith(top) ? top.relativize(p).toString().replace('\\', '/') : p.toString();
        return name + ":" + rel;
    }

    private static boolean existsOnDisk(String argument, Path cwd) {
        try {
            return Files.exists(cwd.resolve(argument));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /** `C:\fabric\main.fabric` is a path, not a revision named C. */
    private static boolean isDriveLetter(String argument, int colon) {
        return colon == 1 && Character.isLetter(argument.charAt(0)) && argument.length() > 2
                && (argument.charAt(2) == '\\' || argument.charAt(2) == '/') && java.io.File.separatorChar == '\\';
    }
}
