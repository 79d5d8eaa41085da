package io.fabriclint.cli.output;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import io.fabriclint.analyzer.diagnostics.Diagnostic;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;

/**
 * `--format gitlab`: a GitLab Code Quality report (a JSON array of Code
 * Climate issues), shown in merge requests when a job declares it as
 * `artifacts: reports: codequality`. Severities: error → major,
 * warning → minor, info → info. The fingerprint hashes the file, the code,
 * the message and the issue's ordinal among identical ones, so it survives
 * lines moving.
 */
final class GitlabOutput implements DiagnosticOutput {
    @Override
    public void write(PrintWriter out, LintOutcome outcome, boolean color) {
        JsonArray issues = new JsonArray();
        Map<String, Integer> seen = new HashMap<>();
        for (Diagnostic d : outcome.shown()) {
            String path = DisplayPaths.of(d.file()).replace('\\', '/');
            String identity = path + "\u0000" + d.code() + "\u0000" + d.message();
            int ordinal = seen.merge(identity, 1, Integer::sum);
            JsonObject issue = new JsonObject();
            issue.addProperty("type", "issue");
            issue.addProperty("check_name", d.code());
            issue.addProperty("description", d.code() + ": " + d.message());
            issue.addProperty("severity", switch (d.severity()) {
                case ERROR -> "major";
                case WARNING -> "minor";
                case INFO -> "info";
            });
            issue.addProperty("fingerprint", sha256(identity + "\u0000" + ordinal));
            JsonObject lines = new JsonObject();
            lines.addProperty("begin", d.range().startLine() + 1);
            lines.addProperty("end", d.range().endLine() + 1);
            JsonObject location = new JsonObject();
            location.addProperty("path", path);
            location.add("lines", lines);
            issue.add("location", location);
            issues.add(issue);
        }
        out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(issues));
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
