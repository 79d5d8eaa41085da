package io.fabriclint.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.fabriclint.analyzer.lint.RuleRegistry;
import io.fabriclint.analyzer.rules.Rule;
import io.fabriclint.analyzer.rules.RuleDocs;
import io.fabriclint.cli.CliRunner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `--format sarif` against the official SARIF 2.1.0 schema (src/test/resources), and what code scanning reads. */
class SarifOutputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        try (InputStream in = Files.newInputStream(Path.of("src/test/resources/sarif-schema-2.1.0.json"))) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4)
                    .getSchema(in, SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
        }
    }

    static Set<ValidationMessage> validate(JsonNode sarif) {
        return schema.validate(sarif);
    }

    @TestFactory
    Stream<DynamicTest> everyExampleValidates() throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of("../examples"))) {
            walk.filter(p -> p.toString().endsWith(".fabric")).sorted().forEach(files::add);
        }
        assertTrue(files.size() >= 3, "examples not found");
        files.add(Path.of("../examples"));
        return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> {
            CliRunner.Run run = CliRunner.run("lint", "--format", "sarif", f.toString());
            JsonNode sarif = JSON.readTree(run.out());
            assertEquals(Set.of(), validate(sarif), run.out());
            assertEquals(run.exit(), sarif.at("/runs/0/invocations/0/exitCode").asInt());
        }));
    }

    @Test
    void aFileWithEveryRuleFiringValidatesAndCarriesEveryRuleAndResult() throws IOException {
        CliRunner.Run run = CliRunner.run("lint", "--format", "sarif", RuleFixtures.folder().toString());
        assertEquals(1, run.exit(), run.err());
        JsonNode sarif = JSON.readTree(run.out());
        assertEquals(Set.of(), validate(sarif));
        JsonNode runNode = sarif.at("/runs/0");

        // tool.driver.rules: the registry, in order, with docs.
        JsonNode rules = runNode.at("/tool/driver/rules");
        assertEquals(RuleRegistry.all().size(), rules.size());
        for (int i = 0; i < rules.size(); i++) {
            Rule r = RuleRegistry.all().get(i);
            JsonNode node = rules.get(i);
            assertEquals(r.code(), node.get("id").asText());
            assertEquals(r.name(), node.get("name").asText());
            assertTrue(node.get("name").asText().matches("[a-z0-9]+(-[a-z0-9]+)+"), node.get("name").asText());
            assertEquals(r.title(), node.at("/shortDescription/text").asText());
            assertFalse(node.at("/fullDescription/text").asText().isBlank());
            assertEquals(RuleDocs.url(r), node.get("helpUri").asText());
            assertEquals(SarifOutput.level(r.defaultSeverity()), node.at("/defaultConfiguration/level").asText());
        }

        // Every rule fires; each result points into the rules array and at a 1-based region.
        Set<String> fired = new HashSet<>();
        for (JsonNode result : runNode.get("results")) {
            String id = result.get("ruleId").asText();
            fired.add(id);
            assertEquals(id, rules.get(result.get("ruleIndex").asInt()).get("id").asText());
            assertTrue(Set.of("error", "warning", "note").contains(result.get("level").asText()));
            assertFalse(result.at("/message/text").asText().isBlank());
            JsonNode location = result.at("/locations/0/physicalLocation");
            assertEquals("SRCROOT", location.at("/artifactLocation/uriBaseId").asText());
            assertTrue(location.at("/artifactLocation/uri").asText().startsWith("target/rule-fixtures/"),
                    location.toString());
            JsonNode region = location.get("region");
            assertTrue(region.get("startLine").asInt() >= 1 && region.get("startColumn").asInt() >= 1, region.toString());
            assertTrue(region.get("endLine").asInt() >= region.get("startLine").asInt(), region.toString());
        }
        Set<String> all = new HashSet<>();
        RuleRegistry.all().forEach(r -> all.add(r.code()));
        assertEquals(all, fired);

        // The FAB007 is located in the file of the cycle whose import closes it, not in the root.
        for (JsonNode result : runNode.get("results")) {
            if (result.get("ruleId").asText().equals("FAB007")) {
                String uri = result.at("/locations/0/physicalLocation/artifactLocation/uri").asText();
                assertTrue(uri.matches("target/rule-fixtures/FAB007/(triggers|cycle-b)\\.fabric"), uri);
            }
        }
        assertTrue(runNode.at("/originalUriBaseIds/SRCROOT/uri").asText().startsWith("file:/"));
        assertTrue(runNode.at("/originalUriBaseIds/SRCROOT/uri").asText().endsWith("/"));
    }

    @Test
    void suppressedResultsAreKeptWithASuppression(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path file = dir.resolve("spare.fabric");
        Files.writeString(file, "// fabric-lint: ignore FAB502\ntier broken { count 1 }\ntier lonely { count 1 }\n");
        JsonNode results = JSON.readTree(CliRunner.run("lint", "--format", "sarif", file.toString()).out())
                .at("/runs/0/results");
        List<JsonNode> suppressed = new ArrayList<>();
        results.forEach(r -> {
            if (r.has("suppressions")) {
                suppressed.add(r);
            }
        });
        assertEquals(2, results.size(), results.toString());
        assertEquals(1, suppressed.size(), suppressed.toString());
        assertEquals("FAB502", suppressed.get(0).get("ruleId").asText());
        assertEquals(2, suppressed.get(0).at("/locations/0/physicalLocation/region/startLine").asInt());
        assertEquals("inSource", suppressed.get(0).at("/suppressions/0/kind").asText());

        // Text output neither shows nor counts it.
        CliRunner.Run text = CliRunner.run("lint", "--no-color", file.toString());
        assertFalse(text.out().contains("tier broken has no links"), text.out());
        assertTrue(text.out().contains("tier lonely has no links"), text.out());
    }

    @Test
    void theInvocationRecordsTheRealExitStatus() throws IOException {
        Path clean = Path.of("../examples/three-tier-clos.fabric");
        CliRunner.Run ok = CliRunner.run("lint", "--format", "sarif", clean.toString());
        assertEquals(0, ok.exit());
        JsonNode invocation = JSON.readTree(ok.out()).at("/runs/0/invocations/0");
        assertEquals(0, invocation.get("exitCode").asInt());
        assertTrue(invocation.get("executionSuccessful").asBoolean());

        // Warnings over --max-warnings make the exit 1, and SARIF says so.
        CliRunner.Run strict = CliRunner.run("lint", "--format", "sarif", "--max-warnings", "0",
                "../examples/seed-1024-gpu-pod.fabric");
        assertEquals(1, strict.exit());
        assertEquals(1, JSON.readTree(strict.out()).at("/runs/0/invocations/0/exitCode").asInt());
    }

    @Test
    void standardInputValidatesToo() throws IOException {
        CliRunner.Run run = CliRunner.withStdin("tier lonely {\n  count 1\n}\n", "lint", "--format", "sarif", "-");
        JsonNode sarif = JSON.readTree(run.out());
        assertEquals(Set.of(), validate(sarif), run.out());
        assertEquals("FAB502", sarif.at("/runs/0/results/0/ruleId").asText());
    }

    @Test
    void theSchemaCheckCatchesABrokenLog() throws IOException {
        ObjectNode sarif = (ObjectNode) JSON.readTree(CliRunner.run("lint", "--format", "sarif", RuleFixtures.folder().toString()).out());
        ((ObjectNode) sarif.at("/runs/0/results/0")).put("level", "fatal");
        assertFalse(validate(sarif).isEmpty(), "a level outside the schema's enum must fail validation");
    }
}
