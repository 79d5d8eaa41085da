package io.fabriclint.analyzer.config;

import io.fabriclint.analyzer.diagnostics.Severity;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A `.fabric-lint.json`: severities per rule code ({@code null} value = off),
 * extra catalogs (resolved against the config's folder), and glob patterns of
 * files to leave out.
 */
public record LintConfig(Path file, Map<String, Severity> rules, List<Path> catalogs, List<String> exclude) {
    public static final String FILE_NAME = ".fabric-lint.json";

    public static final LintConfig NONE = new LintConfig(null, Map.of(), List.of(), List.of());

    /**
     * True when an `exclude` glob names the file (or a folder it is in), matched
     * against its path relative to this configuration's folder. Used when
     * walking directories; a file named on the command line is always linted.
     */
    public boolean excludes(Path path) {
        if (file == null || exclude.isEmpty()) {
            return false;
        }
        Path base = file.toAbsolutePath().normalize().getParent();
        Path target = path.toAbsolutePath().normalize();
        if (base == null || !target.startsWith(base) || target.equals(base)) {
            return false;
        }
        Path relative = base.relativize(target);
        for (String pattern : exclude) {
            if (ExcludeGlobs.matches(pattern, relative)) {
                return true;
            }
        }
        return false;
    }

    /** The configured severity, the default when the code is not configured, null when it is off. */
    public Severity severity(String code, Severity defaultSeverity) {
        return rules.containsKey(code) ? rules.get(code) : defaultSeverity;
    }
}
