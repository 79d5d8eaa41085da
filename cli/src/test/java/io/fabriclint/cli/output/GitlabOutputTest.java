package io.fabriclint.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabriclint.cli.CliRunner;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `--format gitlab`: a Code Quality report GitLab accepts (the fields it requires, unique fingerprints). */
class GitlabOutputTest {
    @Test
    void oneIssuePerDiagnosticWithTheFieldsGitlabRequires() throws Exception {
        String file = RuleFixtures.folder().toString();
        JsonNode issues = new ObjectMapper().readTree(CliRunner.run("lint", "--format", "gitlab", file).out());
        JsonNode diagnostics = new ObjectMapper().readTree(CliRunner.run("lint", "--format", "json", file).out())
                .get("diagnostics");
        assertTrue(issues.isArray());
        assertEquals(diagnostics.size(), issues.size());
        Set<String> fingerprints = new HashSet<>();
        for (int i = 0; i < issues.size(); i++) {
            JsonNode issue = issues.get(i);
            JsonNode d = diagnostics.get(i);
            assertEquals(d.get("code").asText(), issue.get("check_name").asText());
            assertTrue(issue.get("description").asText().endsWith(d.get("message").asText()));
            assertTrue(Set.of("info", "minor", "major").contains(issue.get("severity").asText()));
            assertEquals(d.get("file").asText(), issue.at("/location/path").asText());
            assertEquals(d.get("line").asInt(), issue.at("/location/lines/begin").asInt());
            assertTrue(issue.get("fingerprint").asText().matches("[0-9a-f]{64}"));
            fingerprints.add(issue.get("fingerprint").asText());
        }
        assertEquals(issues.size(), fingerprints.size(), "fingerprints are unique");
    }
}
