package io.fabriclint.analyzer.project;

import io.fabriclint.analyzer.model.SourceProvider;
import io.fabriclint.analyzer.model.SourceText;
import io.fabriclint.syntax.FabricSyntax;
import io.fabriclint.syntax.SourceLimits;
import io.fabriclint.syntax.SyntaxTree;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files of a git repository as they are at one revision, read with
 * `git cat-file blob REV:path` (what `git show REV:path` prints for a file):
 * a design can be analyzed at `origin/main` with no second checkout. Paths
 * are those the files would have in the working tree ({@code top} joined with
 * their path in the repository), so imports resolve as on disk, at the same
 * revision, and findings name the files the user knows. A revision of ""
 * reads the index (the staged files), as `git show :path` does.
 */
public final class GitRevisionFiles implements SourceProvider {
    private final Path top;
    private final String revision;
    private final String name;
    private final Map<Path, SyntaxTree> parsed = new ConcurrentHashMap<>();

    /**
     * @param top      the repository's top folder (absolute)
     * @param revision a commit (resolve names first: {@link RevisionPath}), or "" for the index
     * @param name     the revision as the user wrote it (`origin/main`), for messages
     */
    public GitRevisionFiles(Path top, String revision, String name) {
        this.top = top.toAbsolutePath().normalize();
        this.revision = revision;
        this.name = name;
    }

    public Path top() {
        return top;
    }

    public String revision() {
        return revision;
    }

    @Override
    public SyntaxTree tree(Path path) throws IOException {
        Path p = path.toAbsolutePath().normalize();
        SyntaxTree cached = parsed.get(p);
        if (cached != null) {
            return cached;
        }
        SyntaxTree tree = read(p);
        parsed.put(p, tree);
        return tree;
    }

    /** `REV:path/in/repo` for a working-tree path under the top folder. */
    public String object(Path path) throws NoSuchFileException {
        Path p = path.toAbsolutePath().normalize();
        if (!p.startsWith(top) || p.equals(top)) {
            throw new NoSuchFileException(p.toString(), null, "outside the git repository " + top);
        }
        return revision + ":" + top.relativize(p).toString().replace('\\', '/');
    }

    private SyntaxTree read(Path p) throws IOException {
        String object = object(p);
        Git.Result r = Git.run(top, SourceLimits.MAX_FILE_BYTES, "cat-file", "blob", object);
        if (r.truncated()) {
            return FabricSyntax.refused("", new SourceText.TooLargeException(SourceLimits.MAX_FILE_BYTES + 1).getMessage());
        }
        if (r.exit() != 0) {
            Git.Result type = Git.line(top, "cat-file", "-t", object);
            if (type.exit() != 0) {
                throw new NoSuchFileException(p.toString(), null, "no such file at " + label());
            }
            if (type.text().equals("tree")) {
                throw new IOException("is a directory at " + label());
            }
            throw new IOException("git cannot read " + object + ": " + r.message());
        }
        return FabricSyntax.parse(new String(r.out(), StandardCharsets.UTF_8));
    }

    private String label() {
        return revision.isEmpty() ? "the index" : name;
    }
}
