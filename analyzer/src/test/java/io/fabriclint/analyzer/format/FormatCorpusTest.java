package io.fabriclint.analyzer.format;

import io.fabriclint.analyzer.testing.FormatChecks;
import io.fabriclint.syntax.FabricSyntax;
import io.fabriclint.syntax.SyntaxTree;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every example and every `.fabric` fixture (analyzer and cli tests): formatting is
 * idempotent, keeps every token and comment, and changes neither the
 * diagnostics nor the report. A fixture with syntax errors must be refused.
 */
class FormatCorpusTest {
    private static final List<Path> ROOTS = List.of(Path.of("../examples"), Path.of("src/test/resources"),
            Path.of("../cli/src/test/resources"));

    @TestFactory
    Stream<DynamicTest> everyExampleAndFixture() throws IOException {
        List<Path> files = corpus();
        assertTrue(files.stream().anyMatch(p -> p.toString().contains("examples")), "examples not found");
        Map<Path, String> formatted = new HashMap<>();
        for (Path f : files) {
            FormatResult r = FabricFormatter.format(Files.readString(f));
            if (r.isFormatted()) {
                formatted.put(f.toAbsolutePath().normalize(), r.formatted());
            }
        }
        return files.stream().map(f -> DynamicTest.dynamicTest(f.toString(), () -> check(f, formatted)));
    }

    private static void check(Path file, Map<Path, String> formatted) throws IOException {
        String text = Files.readString(file);
        FormatResult result = FabricFormatter.format(text);
        SyntaxTree tree = FabricSyntax.parse(text);
        if (tree.hasErrors()) {
            assertFalse(result.isFormatted(), file + " has syntax errors and must not be formatted");
            assertEquals(tree.errors(), result.syntaxErrors());
            return;
        }
        String out = result.formatted();
        assertEquals(out, FabricFormatter.format(out).formatted(), file + ": fmt(fmt(x)) != fmt(x)");
        assertEquals(FormatChecks.comments(text), FormatChecks.comments(out), file + ": comments changed");
        assertEquals(FormatChecks.significantTokens(text), FormatChecks.significantTokens(out),
                file + ": tokens changed");
        assertFalse(out.lines().anyMatch(l -> !l.equals(l.stripTrailing())), file + ": trailing whitespace");
        Path root = file.toAbsolutePath().normalize();
        FormatChecks.Analysis before = FormatChecks.analyze(root, Map.of());
        FormatChecks.Analysis after = FormatChecks.analyze(root, formatted);
        assertEquals(before.diagnostics(), after.diagnostics(), file + ": diagnostics changed");
        assertEquals(before.report(), after.report(), file + ": report changed");
    }

    private static List<Path> corpus() throws IOException {
        List<Path> files = new java.util.ArrayList<>();
        for (Path root : ROOTS) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(p -> p.toString().endsWith(".fabric")).sorted().forEach(files::add);
            }
        }
        return files;
    }
}
