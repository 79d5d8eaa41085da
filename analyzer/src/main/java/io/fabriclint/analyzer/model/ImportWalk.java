package io.fabriclint.analyzer.model;

import io.fabriclint.syntax.Declaration;
import io.fabriclint.syntax.SourceLimits;
import io.fabriclint.syntax.SyntaxTree;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The files of one fabric: the root and every file it imports, each read
 * once, in the order they are reached (depth first), with the imports that
 * could not be followed or that close a cycle.
 */
final class ImportWalk {
    private final SourceProvider provider;
    private final List<SourceFile> files = new ArrayList<>();
    private final Set<Path> loaded = new HashSet<>();
    private final List<ImportProblem> problems = new ArrayList<>();

    private ImportWalk(SourceProvider provider) {
        this.provider = provider;
    }

    static ImportWalk from(SourceProvider provider, SourceFile root) {
        ImportWalk walk = new ImportWalk(provider);
        walk.load(walk.add(root));
        return walk;
    }

    /** The root first, then the imported files in the order they were reached. */
    List<SourceFile> files() {
        return files;
    }

    List<ImportProblem> problems() {
        return problems;
    }

    private SourceFile add(SourceFile file) {
        loaded.add(file.path());
        files.add(file);
        return file;
    }

    /** A file on the import path and how far through its imports the walk is. */
    private record Visit(SourceFile file, List<Declaration.Import> imports, int next) {
        Visit advance() {
            return new Visit(file, imports, next + 1);
        }
    }

    /**
     * Depth-first over imports, files in the order they are reached; an import back onto the
     * current path closes a cycle. An explicit stack, so a chain of any depth cannot overflow
     * the Java stack.
     */
    private void load(SourceFile root) {
        Deque<Visit> path = new ArrayDeque<>();
        Set<Path> onPath = new HashSet<>();
        path.push(visit(root));
        onPath.add(root.path());
        while (!path.isEmpty()) {
            Visit top = path.pop();
            if (top.next() >= top.imports().size()) {
                onPath.remove(top.file().path());
                continue;
            }
            path.push(top.advance());
            SourceFile file = top.file();
            Declaration.Import imp = top.imports().get(top.next());
            Path base = file.path().equals(ModelBuilder.STDIN) ? Path.of("").toAbsolutePath() : file.path().getParent();
            Path target;
            try {
                target = base.resolve(imp.path()).normalize();
            } catch (java.nio.file.InvalidPathException e) {
                problems.add(new ImportProblem(ImportProblem.Kind.MISSING, file.path(), imp.pathRange(),
                        imp.path(), "not a valid path"));
                continue;
            }
            if (onPath.contains(target)) {
                problems.add(new ImportProblem(ImportProblem.Kind.CYCLE, file.path(), imp.pathRange(),
                        imp.path(), cycle(path, target)));
                continue;
            }
            if (loaded.contains(target)) {
                continue;
            }
            if (loaded.size() >= SourceLimits.MAX_IMPORTED_FILES) {
                problems.add(new ImportProblem(ImportProblem.Kind.MISSING, file.path(), imp.pathRange(),
                        imp.path(), "not read: this fabric already has " + loaded.size() + " files"));
                continue;
            }
            SyntaxTree tree;
            try {
                tree = provider.tree(target);
            } catch (IOException | RuntimeException e) {
                problems.add(new ImportProblem(ImportProblem.Kind.MISSING, file.path(), imp.pathRange(),
                        imp.path(), e instanceof java.nio.file.NoSuchFileException ? "no such file"
                        : e instanceof IOException && e.getMessage() != null && !e.getMessage().isBlank()
                        && !e.getMessage().equals(target.toString()) ? e.getMessage() : "cannot be read"));
                continue;
            }
            path.push(visit(add(new SourceFile(target, tree))));
            onPath.add(target);
        }
    }

    private static Visit visit(SourceFile file) {
        List<Declaration.Import> imports = new ArrayList<>();
        for (Declaration d : file.tree().declarations()) {
            if (d instanceof Declaration.Import imp && imp.terminated()) {
                imports.add(imp);
            }
        }
        return new Visit(file, imports, 0);
    }

    /** `a.fabric -> b.fabric -> a.fabric`: the files from {@code target} down the current path, and back. */
    private static String cycle(Deque<Visit> path, Path target) {
        List<String> names = new ArrayList<>();
        boolean in = false;
        for (java.util.Iterator<Visit> it = path.descendingIterator(); it.hasNext(); ) {
            Path p = it.next().file().path();
            in |= p.equals(target);
            if (in) {
                names.add(p.getFileName().toString());
            }
        }
        names.add(target.getFileName().toString());
        return String.join(" -> ", names);
    }
}
