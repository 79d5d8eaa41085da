package io.fabriclint.analyzer.rules;

import io.fabriclint.analyzer.diagnostics.Diagnostic;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A quick fix a rule offers for one of its diagnostics: a title the user
 * picks from, the edits by file, and whether it is the preferred one (the
 * editor may apply a preferred fix with one key).
 */
public record Fix(String title, Map<Path, List<TextEdit>> edits, boolean preferred) {

    /** The diagnostic's own suggestion put in place of its range. */
    public static Fix replacement(Diagnostic d, String title) {
        return new Fix(title, Map.of(d.file(), List.of(new TextEdit(d.range(), d.suggestion()))), true);
    }
}
