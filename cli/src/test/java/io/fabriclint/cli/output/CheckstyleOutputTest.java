package io.fabriclint.cli.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.fabriclint.analyzer.diagnostics.Diagnostic;
import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.project.LintResult;
import io.fabriclint.cli.CliRunner;
import io.fabriclint.syntax.SourceRange;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `--format checkstyle`: XML that parses, with one `<error>` per diagnostic. */
class CheckstyleOutputTest {
    @Test
    void oneErrorElementPerDiagnosticWithItsPosition() throws Exception {
        CliRunner.Run run = CliRunner.run("lint", "--format", "checkstyle", RuleFixtures.folder().toString());
        assertEquals(1, run.exit(), run.err());
        Document doc = parse(run.out());
        assertEquals("checkstyle", doc.getDocumentElement().getTagName());

        JsonNode json = new ObjectMapper().readTree(
                CliRunner.run("lint", "--format", "json", RuleFixtures.folder().toString()).out());
        JsonNode diagnostics = json.get("diagnostics");
        NodeList errors = doc.getElementsByTagName("error");
        assertEquals(diagnostics.size(), errors.getLength());
        List<String> fromXml = new ArrayList<>();
        for (int i = 0; i < errors.getLength(); i++) {
            Element e = (Element) errors.item(i);
            fromXml.add(String.join("|", ((Element) e.getParentNode()).getAttribute("name"), e.getAttribute("line"),
                    e.getAttribute("column"), e.getAttribute("severity"), e.getAttribute("source"),
                    e.getAttribute("message")));
        }
        List<String> fromJson = new ArrayList<>();
        for (JsonNode d : diagnostics) {
            fromJson.add(String.join("|", d.get("file").asText(), d.get("line").asText(), d.get("column").asText(),
                    d.get("severity").asText(), d.get("code").asText(), d.get("message").asText()));
        }
        fromXml.sort(null);
        fromJson.sort(null);
        assertEquals(fromJson, fromXml);
        // Every file analyzed is listed, the imported ones too (FAB007's cycle-b.fabric is only imported).
        List<String> names = new ArrayList<>();
        NodeList files = doc.getElementsByTagName("file");
        for (int i = 0; i < files.getLength(); i++) {
            names.add(((Element) files.item(i)).getAttribute("name"));
        }
        assertTrue(names.stream().anyMatch(n -> n.endsWith("FAB007/cycle-b.fabric")), names.toString());
    }

    @Test
    void escapesWhatXmlCannotHoldAsIs() throws Exception {
        String message = "a <tag> & \"quotes\" 'apostrophes'\nnew line \u0001 control";
        Diagnostic d = new Diagnostic("FAB005", Severity.WARNING, message, Path.of("a&b.fabric"),
                new SourceRange(0, 1, 0, 0, 0, 1), null, false);
        LintResult result = new LintResult(List.of(Path.of("a&b.fabric")), List.of(d), List.of(), List.of());
        String xml = CheckstyleOutput.xml(LintOutcome.of(result, false, null, List.of()));
        Element e = (Element) parse(xml).getElementsByTagName("error").item(0);
        assertEquals("a <tag> & \"quotes\" 'apostrophes'\nnew line \uFFFD control", e.getAttribute("message"));
        assertEquals("a&b.fabric", ((Element) e.getParentNode()).getAttribute("name"));
    }

    private static Document parse(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }
}
