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

    /** The configured severity, the default when the code is not configured, null when it is off. */
    public Severity severity(String code, Severity defaultSeverity) {
        return rules.containsKey(code) ? rules.get(code) : defaultSeverity;
    }
}
