package io.fabriclint.cli.output;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.fabriclint.analyzer.diagnostics.Diagnostic;
import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.lint.RuleRegistry;
import io.fabriclint.analyzer.rules.Rule;
import io.fabriclint.analyzer.rules.RuleDocs;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * `--format sarif`: SARIF 2.1.0 for code scanning. One run; `tool.driver.rules`
 * lists every rule of the registry (with its documentation and help URI);
 * each result has a physical location relative to the working directory
 * (`uriBaseId` SRCROOT), 1-based lines and code-point columns, end exclusive.
 * Suppressed diagnostics are kept with a `suppressions` entry, and the
 * invocation records the command's real exit status.
 */
final class SarifOutput implements DiagnosticOutput {
    static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
    static final String BASE = "SRCROOT";
    static final String TOOL_VERSION = "0.1.0";
    static final String INFORMATION_URI = "https://github.com/fabric-lint/fabric-lint";

    @Override
    public void write(PrintWriter out, LintOutcome outcome, boolean color) {
        out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(sarif(outcome)));
    }

    static JsonObject sarif(LintOutcome outcome) {
        List<Rule> rules = RuleRegistry.all();
        JsonArray ruleArray = new JsonArray();
        for (Rule r : rules) {
            ruleArray.add(rule(r));
        }
        JsonObject driver = new JsonObject();
        driver.addProperty("name", "fabric-lint");
        driver.addProperty("version", TOOL_VERSION);
        driver.addProperty("semanticVersion", TOOL_VERSION);
        driver.addProperty("informationUri", INFORMATION_URI);
        driver.add("rules", ruleArray);
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);

        // Every file analyzed, named or imported, in the order they were reached.
        Map<Path, Integer> artifactIndex = new LinkedHashMap<>();
        JsonArray artifacts = new JsonArray();
        for (Path file : outcome.result().files()) {
            artifactIndex.put(file, artifacts.size());
            JsonObject artifact = new JsonObject();
            artifact.add("location", location(file, null));
            artifact.addProperty("mimeType", "text/x-fabric");
            artifacts.add(artifact);
        }

        JsonArray results = new JsonArray();
        for (Diagnostic d : outcome.shown()) {
            results.add(result(d, rules, artifactIndex));
        }
        for (Diagnostic d : outcome.suppressed()) {
            JsonObject r = result(d, rules, artifactIndex);
            JsonArray suppressions = new JsonArray();
            JsonObject s = new JsonObject();
            s.addProperty("kind", "inSource");
            s.addProperty("justification", "a `fabric-lint: ignore " + d.code() + "` comment");
            suppressions.add(s);
            r.add("suppressions", suppressions);
            results.add(r);
        }

        JsonObject invocation = new JsonObject();
        invocation.addProperty("executionSuccessful", true);
        invocation.addProperty("exitCode", outcome.exitCode());
        JsonArray arguments = new JsonArray();
        outcome.arguments().forEach(arguments::add);
        invocation.add("arguments", arguments);
        JsonObject workingDirectory = new JsonObject();
        workingDirectory.addProperty("uri", DisplayPaths.workingDirectoryUri());
        invocation.add("workingDirectory", workingDirectory);
        JsonArray invocations = new JsonArray();
        invocations.add(invocation);

        JsonObject base = new JsonObject();
        base.addProperty("uri", DisplayPaths.workingDirectoryUri());
        JsonObject baseIds = new JsonObject();
        baseIds.add(BASE, base);

        JsonObject run = new JsonObject();
        run.add("tool", tool);
        run.add("invocations", invocations);
        run.add("originalUriBaseIds", baseIds);
        run.add("artifacts", artifacts);
        run.add("results", results);
        run.addProperty("columnKind", "unicodeCodePoints");
        JsonArray runs = new JsonArray();
        runs.add(run);

        JsonObject root = new JsonObject();
        root.addProperty("$schema", SCHEMA);
        root.addProperty("version", "2.1.0");
        root.add("runs", runs);
        return root;
    }

    private static JsonObject rule(Rule r) {
        JsonObject o = new JsonObject();
        o.addProperty("id", r.code());
        o.addProperty("name", r.name());
        o.add("shortDescription", text(r.title()));
        JsonObject full = text(firstParagraph(r.documentation()));
        full.addProperty("markdown", firstParagraph(r.documentation()));
        o.add("fullDescription", full);
        JsonObject help = text(RuleDocs.markdown(r));
        help.addProperty("markdown", RuleDocs.markdown(r));
        o.add("help", help);
        o.addProperty("helpUri", RuleDocs.url(r));
        JsonObject configuration = new JsonObject();
        configuration.addProperty("level", level(r.defaultSeverity()));
        o.add("defaultConfiguration", configuration);
        return o;
    }

    private static JsonObject result(Diagnostic d, List<Rule> rules, Map<Path, Integer> artifactIndex) {
        JsonObject o = new JsonObject();
        o.addProperty("ruleId", d.code());
        int index = rules.indexOf(RuleRegistry.byCode(d.code()));
        if (index >= 0) {
            o.addProperty("ruleIndex", index);
        }
        o.addProperty("level", level(d.severity()));
        o.add("message", text(d.message()));
        JsonObject region = new JsonObject();
        region.addProperty("startLine", d.range().startLine() + 1);
        region.addProperty("startColumn", d.range().startColumn() + 1);
        region.addProperty("endLine", d.range().endLine() + 1);
        region.addProperty("endColumn", d.range().endColumn() + 1);
        JsonObject physical = new JsonObject();
        physical.add("artifactLocation", location(d.file(), artifactIndex.get(d.file())));
        physical.add("region", region);
        JsonObject location = new JsonObject();
        location.add("physicalLocation", physical);
        JsonArray locations = new JsonArray();
        locations.add(location);
        o.add("locations", locations);
        return o;
    }

    private static JsonObject location(Path file, Integer index) {
        JsonObject o = new JsonObject();
        o.addProperty("uri", DisplayPaths.uri(file));
        if (DisplayPaths.isRelative(file)) {
            o.addProperty("uriBaseId", BASE);
        }
        if (index != null) {
            o.addProperty("index", index);
        }
        return o;
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    private static JsonObject text(String text) {
        JsonObject o = new JsonObject();
        o.addProperty("text", text);
        return o;
    }

    private static String firstParagraph(String markdown) {
        for (String paragraph : markdown.strip().split("\\n\\s*\\n")) {
            String p = paragraph.strip();
            if (!p.isEmpty() && !p.startsWith("#")) {
                return p.replaceAll("\\s*\\n\\s*", " ");
            }
        }
        return markdown.strip();
    }
}
