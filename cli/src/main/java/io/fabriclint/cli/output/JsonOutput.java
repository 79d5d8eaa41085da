package io.fabriclint.cli.output;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.fabriclint.analyzer.diagnostics.Diagnostic;

import java.io.PrintWriter;

/** `--format json`: one object with `diagnostics` and `summary` (spec §6); 1-based lines and columns. */
final class JsonOutput implements DiagnosticOutput {
    @Override
    public void write(PrintWriter out, LintOutcome outcome, boolean color) {
        LintSummary summary = outcome.summary();
        JsonArray list = new JsonArray();
        for (Diagnostic d : outcome.shown()) {
            JsonObject o = new JsonObject();
            o.addProperty("file", DisplayPaths.of(d.file()));
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
            list.add(o);
        }
        JsonObject s = new JsonObject();
        s.addProperty("files", summary.files());
        s.addProperty("errors", summary.errors());
        s.addProperty("warnings", summary.warnings());
        s.addProperty("infos", summary.infos());
        JsonObject root = new JsonObject();
        root.add("diagnostics", list);
        root.add("summary", s);
        out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root));
    }
}
