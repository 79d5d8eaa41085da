package io.fabriclint.cli.output;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.fabriclint.analyzer.diagnostics.Diagnostic;
import io.fabriclint.analyzer.diagnostics.DiagnosticJson;

import java.io.PrintWriter;

/** `--format json`: one object with `diagnostics` and `summary` (spec §6); 1-based lines and columns. */
final class JsonOutput implements DiagnosticOutput {
    @Override
    public void write(PrintWriter out, LintOutcome outcome, boolean color) {
        LintSummary summary = outcome.summary();
        JsonArray list = new JsonArray();
        for (Diagnostic d : outcome.shown()) {
            list.add(DiagnosticJson.of(d, DisplayPaths.of(d.file())));
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
