package io.fabriclint.analyzer.testing;

import io.fabriclint.analyzer.catalog.ModuleCatalog;
import io.fabriclint.analyzer.diagnostics.Diagnostic;
import io.fabriclint.analyzer.lint.Analyzer;
import io.fabriclint.analyzer.model.FabricModel;
import io.fabriclint.analyzer.model.ModelBuilder;
import io.fabriclint.analyzer.model.SourceProvider;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Test helpers: analyze a fixture or a text, and render diagnostics one per line. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Analyzer.Analysis analyze(Path file) {
        try {
            FabricModel model = new ModelBuilder(SourceProvider.DISK, ModuleCatalog.builtIn()).build(file);
            return new Analyzer().analyze(model);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Analyzes text as a file of that name in a temporary folder (imports are not followed). */
    public static Analyzer.Analysis analyzeText(String text) {
        FabricModel model = new ModelBuilder(SourceProvider.DISK, ModuleCatalog.builtIn())
                .build(Path.of("memory.fabric"), text);
        return new Analyzer().analyze(model);
    }

    /** `file:line:col-endLine:endCol severity CODE message`, 1-based, one per reported diagnostic. */
    public static String render(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(d -> !d.suppressed())
                .map(d -> d.file().getFileName() + ":" + (d.range().startLine() + 1) + ":" + (d.range().startColumn() + 1)
                        + "-" + (d.range().endLine() + 1) + ":" + (d.range().endColumn() + 1) + " "
                        + d.severity().label() + " " + d.code() + " " + d.message())
                .collect(Collectors.joining("\n", "", diagnostics.stream().anyMatch(d -> !d.suppressed()) ? "\n" : ""));
    }

    public static List<String> codes(Analyzer.Analysis analysis) {
        return analysis.reported().stream().map(Diagnostic::code).toList();
    }

    /**
     * True when generated files (goldens, docs pages) are rewritten rather than checked:
     * `mvn -q -pl analyzer -am test -Dfabric.update=true`, then review the diff.
     */
    public static boolean updating() {
        return Boolean.getBoolean("fabric.update");
    }

    /** Compares with the golden file, or rewrites it with -Dfabric.update=true. */
    public static void assertGolden(Path golden, String actual) {
        try {
            if (updating()) {
                Files.writeString(golden, actual);
                return;
            }
            if (!Files.exists(golden)) {
                throw new AssertionError("missing golden file " + golden + "; run "
                        + "`mvn -q -pl analyzer -am test -Dfabric.update=true` and review it. Actual:\n" + actual);
            }
            org.junit.jupiter.api.Assertions.assertEquals(Files.readString(golden), actual, "golden " + golden
                    + " (if the change is intended: `mvn -q -pl analyzer -am test -Dfabric.update=true`, then review "
                    + "the diff)");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
