package io.fabriclint.analyzer.diff;

import io.fabriclint.analyzer.diagnostics.Diagnostic;
import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.lint.Analyzer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings the new design has and the old did not ({@code added}), and the
 * reverse ({@code fixed}). Two findings are the same when their code, file and
 * message are: moving text (a comment added above) changes lines, not
 * findings. Files are matched by their path relative to the root file's
 * folder, and the two root files match each other whatever their names, so
 * `old.fabric` and `new.fabric` compare as one design. The same finding twice
 * is counted twice. Suppressed findings are left out on both sides.
 */
public record DiagnosticChanges(List<Diagnostic> added, List<Diagnostic> fixed) {

    public static DiagnosticChanges between(DiffInput old, DiffInput now) {
        Map<String, Integer> before = new HashMap<>();
        for (Diagnostic d : old.analysis().reported()) {
            before.merge(key(old, d), 1, Integer::sum);
        }
        List<Diagnostic> added = new ArrayList<>();
        Map<String, Integer> kept = new HashMap<>();
        for (Diagnostic d : now.analysis().reported()) {
            String k = key(now, d);
            if (before.getOrDefault(k, 0) > kept.getOrDefault(k, 0)) {
                kept.merge(k, 1, Integer::sum);
            } else {
                added.add(d);
            }
        }
        List<Diagnostic> fixed = new ArrayList<>();
        for (Diagnostic d : old.analysis().reported()) {
            String k = key(old, d);
            int left = kept.getOrDefault(k, 0);
            if (left > 0) {
                kept.put(k, left - 1);
            } else {
                fixed.add(d);
            }
        }
        // Errors first, so the first rows a reviewer sees are the ones that block.
        added.sort(SEVERITY_FIRST);
        fixed.sort(SEVERITY_FIRST);
        return new DiagnosticChanges(List.copyOf(added), List.copyOf(fixed));
    }

    private static final Comparator<Diagnostic> SEVERITY_FIRST =
            Comparator.comparing(Diagnostic::severity).thenComparing(Analyzer.ORDER);

    /** New findings of severity error: what `--fail-on-new-errors` fails on. */
    public long newErrors() {
        return added.stream().filter(d -> d.severity() == Severity.ERROR).count();
    }

    public boolean changed() {
        return !added.isEmpty() || !fixed.isEmpty();
    }

    private static String key(DiffInput input, Diagnostic d) {
        return d.code() + '\0' + fileKey(input.root(), d.file()) + '\0' + d.message();
    }

    /** The root file is "" on both sides; any other file is named relative to the root's folder. */
    static String fileKey(Path root, Path file) {
        if (root == null || file.equals(root)) {
            return "";
        }
        Path base = root.getParent();
        if (base == null || !file.isAbsolute() || !base.isAbsolute()) {
            return file.toString();
        }
        return base.relativize(file).toString().replace('\\', '/');
    }
}
