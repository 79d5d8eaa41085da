package io.fabriclint.analyzer.editor;

import io.fabriclint.analyzer.lint.Analyzer;
import io.fabriclint.analyzer.model.FabricModel;
import io.fabriclint.syntax.SyntaxTree;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The latest analysis of each fabric (by root file) and the trees it was
 * computed from. An analysis is current while every file it read still has
 * the same tree (compared by identity: an edit makes a new tree); a stale one
 * is still served to requests that must not wait.
 */
final class AnalysisCache {
    /** An analysis and the tree of each file it read (null for a file it could not read). */
    record Entry(Analyzer.Analysis analysis, Map<Path, SyntaxTree> trees) {
    }

    private final Map<Path, Entry> analyses = new ConcurrentHashMap<>();
    /** Models without rules, for navigation: cheaper than an analysis, as fresh as the trees. */
    private final Map<Path, Entry> models = new ConcurrentHashMap<>();

    /** The analysis of a root if it is current against {@code tree}. */
    Analyzer.Analysis current(Path root, Function<Path, SyntaxTree> tree) {
        Entry e = analyses.get(root);
        return e != null && isCurrent(e, tree) ? e.analysis() : null;
    }

    /** The last analysis of a root, however stale; null when it was never analyzed. */
    Analyzer.Analysis latest(Path root) {
        Entry e = analyses.get(root);
        return e == null ? null : e.analysis();
    }

    void putAnalysis(Path root, Analyzer.Analysis analysis, Map<Path, SyntaxTree> trees) {
        Entry e = new Entry(analysis, frozen(trees));
        analyses.put(root, e);
        models.put(root, e);
    }

    /** A model of a root that is current against {@code tree}, from an analysis or a model-only build. */
    FabricModel currentModel(Path root, Function<Path, SyntaxTree> tree) {
        Entry e = models.get(root);
        return e != null && isCurrent(e, tree) ? e.analysis().model() : null;
    }

    void putModel(Path root, FabricModel model, Map<Path, SyntaxTree> trees) {
        models.put(root, new Entry(new Analyzer.Analysis(model, null, java.util.List.of()), frozen(trees)));
    }

    void clear() {
        analyses.clear();
        models.clear();
    }

    /** A copy that keeps null values: a file that could not be read is part of the stamp too. */
    private static Map<Path, SyntaxTree> frozen(Map<Path, SyntaxTree> trees) {
        return java.util.Collections.unmodifiableMap(new java.util.HashMap<>(trees));
    }

    private static boolean isCurrent(Entry e, Function<Path, SyntaxTree> tree) {
        for (Map.Entry<Path, SyntaxTree> t : e.trees().entrySet()) {
            if (tree.apply(t.getKey()) != t.getValue()) {
                return false;
            }
        }
        return true;
    }
}
