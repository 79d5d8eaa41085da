package io.fabriclint.analyzer.project;

import io.fabriclint.analyzer.diagnostics.Diagnostic;
import io.fabriclint.analyzer.diagnostics.Severity;
import io.fabriclint.analyzer.testing.Fixtures;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bundled examples say what they claim to: the correct ones are clean, the seed design is not. */
class ExamplesTest {
    private static final Path EXAMPLES = Path.of("../examples").toAbsolutePath().normalize();

    private static FabricProject disk() {
        return new FabricProject(new DiskFiles(), new ProjectSettings(List.of()));
    }

    private static List<Diagnostic> lint(String... files) throws Exception {
        List<Path> paths = java.util.Arrays.stream(files).map(EXAMPLES::resolve).toList();
        return disk().lint(paths).diagnostics().stream()
                .filter(d -> !d.suppressed()).toList();
    }

    @Test
    void correctFabricsHaveNoErrorsOrWarnings() throws Exception {
        for (String file : new String[]{"three-tier-clos.fabric", "site/main.fabric"}) {
            List<Diagnostic> serious = lint(file).stream().filter(d -> d.severity() != Severity.INFO).toList();
            assertEquals(List.of(), serious, file + ":\n" + Fixtures.render(serious));
        }
    }

    @Test
    void seedDesignShowsTheArticlesProblems() throws Exception {
        Set<String> codes = new TreeSet<>();
        for (Diagnostic d : lint("seed-1024-gpu-pod.fabric")) {
            codes.add(d.code());
        }
        // rack height and power, leaf density, 2:1 oversubscription, half-used spines, SR8 against a 4-lane NIC
        for (String code : List.of("FAB303", "FAB401", "FAB302", "FAB501", "FAB304", "FAB203")) {
            assertTrue(codes.contains(code), code + " missing from " + codes);
        }
    }

    @Test
    void linkingTheWholeFolderAnalyzesImportedFilesWithTheirImporter() throws Exception {
        List<Diagnostic> all = disk()
                .lint(List.of(EXAMPLES.resolve("site/optics.fabric"), EXAMPLES.resolve("site/main.fabric"),
                        EXAMPLES.resolve("site/racks.fabric"))).diagnostics();
        // Linted alone, optics.fabric's modules and racks.fabric's racks would be unused but fine; nothing is
        // reported twice and no tier is "unlinked" because its links live in main.fabric.
        assertTrue(all.stream().noneMatch(d -> d.code().equals("FAB502")), Fixtures.render(all));
    }
}
