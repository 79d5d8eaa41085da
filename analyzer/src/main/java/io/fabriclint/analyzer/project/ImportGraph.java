package io.fabriclint.analyzer.project;

import io.fabriclint.analyzer.model.ModelBuilder;
import io.fabriclint.analyzer.model.SourceProvider;
import io.fabriclint.syntax.Declaration;
import io.fabriclint.syntax.SyntaxTree;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which file imports which, and so which files are the roots of fabrics.
 *
 * <p>Of a set of files (the files named on the command line, or the files of
 * the editor's workspace), a root is a file that no other file of the set
 * imports, directly or not: a file imported by another is linted as part of
 * its importer's fabric. Files that import each other in a cycle, with no
 * other file of the set above them, make the first of them (in the set's
 * order) a root. Everything here walks with explicit stacks and is linear in
 * the number of files and imports.
 */
public final class ImportGraph {
    private final SourceProvider files;
    /** The imports of a file, read from the tree they were read from (compared by identity). */
    private final Map<Path, Imports> cache = new java.util.concurrent.ConcurrentHashMap<>();

    private record Imports(SyntaxTree tree, List<Path> targets) {
    }

    public ImportGraph(SourceProvider files) {
        this.files = files;
    }

    /** The files a file imports, resolved against its folder; empty when it cannot be read. */
    public List<Path> imports(Path file) {
        SyntaxTree tree;
        try {
            tree = files.tree(file);
        } catch (IOException | RuntimeException e) {
            cache.remove(file);
            return List.of();
        }
        Imports cached = cache.get(file);
        if (cached != null && cached.tree() == tree) {
            return cached.targets();
        }
        List<Path> targets = importsOf(file, tree);
        cache.put(file, new Imports(tree, targets));
        return targets;
    }

    /** The import targets a tree names, resolved against its file's folder. */
    public static List<Path> importsOf(Path file, SyntaxTree tree) {
        Path base = file.equals(ModelBuilder.STDIN) ? Path.of("").toAbsolutePath() : file.getParent();
        List<Path> out = new ArrayList<>();
        if (base == null) {
            return out;
        }
        for (Declaration d : tree.declarations()) {
            if (d instanceof Declaration.Import imp && imp.terminated()) {
                try {
                    out.add(base.resolve(imp.path()).normalize());
                } catch (java.nio.file.InvalidPathException ignored) {
                    // reported as FAB002 when the model is built
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Reads (parses) the files of {@code set} and every file they import, directly or not: one
     * wave of imports at a time, the files of a wave in parallel. Afterwards {@link #roots},
     * {@link #closure} and the model builder find every tree already read.
     */
    public void load(Collection<Path> set) {
        Set<Path> seen = new HashSet<>(set);
        List<Path> wave = List.copyOf(seen);
        while (!wave.isEmpty()) {
            List<List<Path>> next = wave.parallelStream().map(this::imports).toList();
            List<Path> unseen = new ArrayList<>();
            for (List<Path> targets : next) {
                for (Path t : targets) {
                    if (seen.add(t)) {
                        unseen.add(t);
                    }
                }
            }
            wave = unseen;
        }
    }

    /** The roots among {@code set} (see the class comment), in the set's order. */
    public List<Path> roots(Collection<Path> set) {
        List<Path> ordered = new ArrayList<>(new LinkedHashSet<>(set));
        Set<Path> members = new HashSet<>(ordered);
        Components c = components(ordered);
        // Does a member of the set sit in a component above this one (or beside a file in its own)?
        int n = c.members.size();
        boolean[] below = new boolean[n];
        // Tarjan numbers components in reverse topological order: importers have higher numbers.
        for (int comp = n - 1; comp >= 0; comp--) {
            boolean hasMember = false;
            for (Path p : c.members.get(comp)) {
                hasMember |= members.contains(p);
            }
            if (!hasMember && !below[comp]) {
                continue;
            }
            for (Path p : c.members.get(comp)) {
                for (Path q : imports(p)) {
                    Integer target = c.index.get(q);
                    if (target != null && target != comp && (hasMember || below[comp])) {
                        below[target] = true;
                    }
                }
            }
        }
        List<Path> roots = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        for (Path p : ordered) {
            int comp = c.index.get(p);
            if (!below[comp] && taken.add(comp)) {
                roots.add(p); // alone, or the first of a cycle nothing else imports
            }
        }
        return roots;
    }

    /** The roots among {@code set} whose fabric contains {@code file}; the file itself when there are none. */
    public List<Path> rootsContaining(Path file, Collection<Path> set) {
        List<Path> roots = roots(set);
        Set<Path> reach = reaching(file, roots);
        List<Path> out = new ArrayList<>();
        for (Path r : roots) {
            if (reach.contains(r)) {
                out.add(r);
            }
        }
        return out.isEmpty() ? List.of(file) : List.copyOf(out);
    }

    /** Every file reachable from {@code root} through imports, the root included, in the order reached. */
    public Set<Path> closure(Path root) {
        Set<Path> seen = new LinkedHashSet<>();
        Deque<Path> todo = new ArrayDeque<>();
        todo.push(root);
        while (!todo.isEmpty()) {
            Path p = todo.pop();
            if (seen.add(p)) {
                List<Path> next = imports(p);
                for (int i = next.size() - 1; i >= 0; i--) {
                    todo.push(next.get(i));
                }
            }
        }
        return seen;
    }

    /**
     * The files among those reachable from {@code starts} that reach {@code file} through imports
     * (a file reaches itself): one walk forward to learn the edges, one backward from the file,
     * so the cost is the size of the graph however many starts there are.
     */
    private Set<Path> reaching(Path file, List<Path> starts) {
        Map<Path, List<Path>> importers = new HashMap<>();
        Set<Path> seen = new HashSet<>();
        Deque<Path> todo = new ArrayDeque<>(starts);
        while (!todo.isEmpty()) {
            Path p = todo.pop();
            if (seen.add(p)) {
                for (Path q : imports(p)) {
                    importers.computeIfAbsent(q, k -> new ArrayList<>()).add(p);
                    todo.push(q);
                }
            }
        }
        Set<Path> out = new HashSet<>();
        todo.push(file);
        while (!todo.isEmpty()) {
            Path p = todo.pop();
            if (out.add(p)) {
                todo.addAll(importers.getOrDefault(p, List.of()));
            }
        }
        return out;
    }

    /** Strongly connected components of everything reachable from the given files. */
    private static final class Components {
        final Map<Path, Integer> index = new HashMap<>();
        final List<List<Path>> members = new ArrayList<>();
    }

    /** Tarjan's algorithm with an explicit stack: components come out importees first. */
    private Components components(List<Path> starts) {
        Components out = new Components();
        Map<Path, Integer> order = new HashMap<>();
        Map<Path, Integer> low = new HashMap<>();
        Deque<Path> stack = new ArrayDeque<>();
        Set<Path> onStack = new HashSet<>();
        record Frame(Path node, List<Path> next, int i) {
        }
        int counter = 0;
        for (Path start : starts) {
            if (order.containsKey(start)) {
                continue;
            }
            Deque<Frame> frames = new ArrayDeque<>();
            order.put(start, counter);
            low.put(start, counter++);
            stack.push(start);
            onStack.add(start);
            frames.push(new Frame(start, imports(start), 0));
            while (!frames.isEmpty()) {
                Frame f = frames.pop();
                if (f.i() < f.next().size()) {
                    frames.push(new Frame(f.node(), f.next(), f.i() + 1));
                    Path w = f.next().get(f.i());
                    if (!order.containsKey(w)) {
                        order.put(w, counter);
                        low.put(w, counter++);
                        stack.push(w);
                        onStack.add(w);
                        frames.push(new Frame(w, imports(w), 0));
                    } else if (onStack.contains(w)) {
                        low.put(f.node(), Math.min(low.get(f.node()), order.get(w)));
                    }
                    continue;
                }
                Path v = f.node();
                if (!frames.isEmpty()) {
                    Path parent = frames.peek().node();
                    low.put(parent, Math.min(low.get(parent), low.get(v)));
                }
                if (low.get(v).equals(order.get(v))) {
                    List<Path> comp = new ArrayList<>();
                    Path w;
                    do {
                        w = stack.pop();
                        onStack.remove(w);
                        out.index.put(w, out.members.size());
                        comp.add(w);
                    } while (!w.equals(v));
                    out.members.add(comp);
                }
            }
        }
        return out;
    }
}
