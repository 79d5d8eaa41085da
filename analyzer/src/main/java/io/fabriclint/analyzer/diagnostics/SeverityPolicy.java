package io.fabriclint.analyzer.diagnostics;

import java.nio.file.Path;

/** The severity a code has in a file after configuration; null means the rule is off there. */
@FunctionalInterface
public interface SeverityPolicy {
    Severity severity(Path file, String code, Severity defaultSeverity);

    SeverityPolicy DEFAULTS = (file, code, defaultSeverity) -> defaultSeverity;
}
