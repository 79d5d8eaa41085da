package io.fabriclint.analyzer.model;

import io.fabriclint.analyzer.catalog.ModuleCatalog;
import io.fabriclint.analyzer.lint.Analyzer;
import io.fabriclint.analyzer.testing.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImportsTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void importedDeclarationsResolveAcrossFilesAndFolders() throws Exception {
        write("optics/vendor.fabric", "module ACME-DR4 {\n  like QDD-400G-DR4\n  power 9W\n}\n");
        write("racks.fabric", "import \"optics/vendor.fabric\"\n\nrack row {\n  count 1\n}\n");
        Path main = write("main.fabric", """
                import "racks.fabric"

                tier a {
                  count 2
                  rack row
                  port up: 4 x QSFP-DD 400G
                }

                tier b {
                  rack row
                  port down: 8 x QSFP-DD 400G
                }

                link a.up -> b.down {
                  module ACME-DR4
                  fiber OS2
                  length 100m
                }
                """);
        Analyzer.Analysis analysis = Fixtures.analyze(main);
        assertEquals(List.of(), Fixtures.codes(analysis), Fixtures.render(analysis.diagnostics()));
        FabricModel model = analysis.model();
        assertEquals(3, model.files().size());
        assertEquals(9.0, model.module("ACME-DR4").powerWatts());
        Reference moduleRef = model.references().stream().filter(r -> r.name().equals("ACME-DR4")).findFirst().orElseThrow();
        assertEquals(dir.resolve("optics/vendor.fabric"), moduleRef.target().file());
        // 2 × 4 × 9 W in the a-devices + 8 × 9 W in b: power follows the imported module.
        assertEquals(4 * 9.0, analysis.plan().tierPower().get("a").moduleWatts());
    }

    @Test
    void missingImportIsReportedAtItsString() throws Exception {
        Path main = write("main.fabric", "import \"nowhere.fabric\"\n");
        Analyzer.Analysis analysis = Fixtures.analyze(main);
        assertEquals("main.fabric:1:8-1:24 error FAB002 cannot import \"nowhere.fabric\": no such file\n",
                Fixtures.render(analysis.diagnostics()));
    }

    @Test
    void cycleIsReportedOnceAtTheImportThatClosesItAndFilesStillMerge() throws Exception {
        write("b.fabric", "import \"c.fabric\"\ntier b {\n  port down: 8 x QSFP-DD 400G\n}\n");
        write("c.fabric", "import \"a.fabric\"\n");
        Path a = write("a.fabric", "import \"b.fabric\"\n\ntier a {\n  count 2\n  port up: 4 x QSFP-DD 400G\n}\n\n"
                + "link a.up -> b.down {\n  module QDD-400G-DR4\n  fiber OS2\n  length 10m\n}\n");
        Analyzer.Analysis analysis = Fixtures.analyze(a);
        assertEquals("c.fabric:1:8-1:18 error FAB007 import cycle: a.fabric -> b.fabric -> c.fabric -> a.fabric\n",
                Fixtures.render(analysis.diagnostics()));
        assertEquals(3, analysis.model().files().size());
    }

    @Test
    void duplicateAcrossFilesNamesTheFirstFile() throws Exception {
        write("other.fabric", "tier a {\n  count 1\n}\n");
        Path main = write("main.fabric", "import \"other.fabric\"\n\ntier a {\n  count 2\n}\n");
        Analyzer.Analysis analysis = Fixtures.analyze(main);
        String rendered = Fixtures.render(analysis.diagnostics());
        assertTrue(rendered.contains("other.fabric:1:6-1:7 error FAB003 tier 'a' is already declared at main.fabric:3"),
                rendered);
        assertEquals(2, analysis.model().tiers().get("a").count(), "the first declaration stays");
    }

    @Test
    void textWithoutAFileResolvesImportsFromTheWorkingDirectory() {
        FabricModel model = new ModelBuilder(SourceProvider.DISK, ModuleCatalog.builtIn())
                .build(ModelBuilder.STDIN, "tier a {\n  count 3\n}\n");
        assertNotNull(model.tiers().get("a"));
        assertEquals(ModelBuilder.STDIN, model.files().get(0).path());
    }

    @Test
    void likeChainsResolveInAnyOrderAndLikeOfItselfMeansTheBuiltIn() {
        FabricModel model = Fixtures.analyzeText("""
                module C {
                  like B
                  fibers 4
                }
                module B {
                  like QDD-800G-DR8
                  power 16W
                }
                module QDD-400G-DR4 {
                  like QDD-400G-DR4
                  power 11W
                }
                """).model();
        assertEquals(16.0, model.module("C").powerWatts());
        assertEquals(4, model.module("C").fibers());
        assertEquals(800.0, model.module("C").speedGbps());
        assertEquals(11.0, model.module("QDD-400G-DR4").powerWatts());
        assertEquals(400.0, model.module("QDD-400G-DR4").speedGbps());
    }
}
