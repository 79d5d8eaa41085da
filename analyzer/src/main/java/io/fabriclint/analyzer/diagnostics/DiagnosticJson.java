package io.fabriclint.analyzer.diagnostics;

import com.google.gson.JsonObject;

/**
 * One finding as `fabric lint --format json` writes it (language.md §6), the
 * shape `fabric diff` reuses for its new and fixed findings: 1-based lines
 * and columns, `suggestion` only when there is one.
 */
public final class DiagnosticJson {
    private DiagnosticJson() {
    }

    /** The finding, its file named as the caller names files. */
    public static JsonObject of(Diagnostic d, String file) {
        JsonObject o = new JsonObject();
        o.addProperty("file", file);
        o.addProperty("line", d.range().startLine() + 1);
        o.addProperty("column", d.range().startColumn() + 1);
        o.addProperty("endLine", d.range().endLine() + 1);
        o.addProperty("endColumn", d.range().endColumn() + 1);
        o.addProperty("severity", d.severity().label());
        o.addProperty("code", d.code());
        o.addProperty("message", d.message());
        if (d.suggestion() != null) {
            o.addProperty("suggestion", d.suggestion());
        }
        return o;
    }
}
