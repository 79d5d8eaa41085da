package io.fabriclint.analyzer.model;

import io.fabriclint.analyzer.lint.Analyzer;
import io.fabriclint.analyzer.testing.Fixtures;
import io.fabriclint.syntax.SourceLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Input that is not a fabric description, or is absurdly large, gets a diagnostic, never a crash or a hang. */
class BoundedInputTest {
    @TempDir
    Path dir;

    private Path write(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
        return p;
    }

    @Test
    void anImportChainFiveThousandFilesDeepIsReadWithoutRecursion() throws Exception {
        int depth = 5000;
        for (int i = 0; i < depth; i++) {
            write("f" + i + ".fabric", "import \"f" + (i + 1) + ".fabric\"\ntier t" + i + " { count 1 }\n");
        }
        write("f" + depth + ".fabric", "import \"f0.fabric\"\n"); // closes a cycle at the far end
        Analyzer.Analysis a = Fixtures.analyze(dir.resolve("f0.fabric"));
        assertEquals(depth + 1, a.model().files().size());
        assertEquals(depth, a.model().tiers().size());
        var cycle = a.reported().stream().filter(d -> d.code().equals("FAB007")).toList();
        assertEquals(1, cycle.size(), Fixtures.render(cycle));
        assertEquals(dir.resolve("f" + depth + ".fabric"), cycle.get(0).file());
    }

    @Test
    void aFileImportingThousandsOfFilesIsRead() throws Exception {
        StringBuilder main = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            write("wide/t" + i + ".fabric", "tier t" + i + " { count 1 }\n");
            main.append("import \"wide/t").append(i).append(".fabric\"\n");
        }
        Analyzer.Analysis a = Fixtures.analyze(write("main.fabric", main.toString()));
        assertEquals(3001, a.model().files().size());
    }

    @Test
    void aLikeChainFiveThousandModulesLongResolvesWithoutRecursion() throws Exception {
        StringBuilder text = new StringBuilder("module M0 {\n  like QDD-400G-DR4\n  power 9W\n}\n");
        for (int i = 1; i <= 5000; i++) {
            text.append("module M").append(i).append(" { like M").append(i - 1).append(" }\n");
        }
        Analyzer.Analysis a = Fixtures.analyze(write("chain.fabric", text.toString()));
        assertEquals(9.0, a.model().module("M5000").powerWatts(), "inherited down the whole chain");
        assertEquals(500.0, a.model().module("M5000").reachOn(io.fabriclint.analyzer.catalog.Fiber.OS2));
        assertEquals(java.util.List.of(), Fixtures.codes(a));
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aDeviceIsNotReadAsAnImport() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/zero")), "needs /dev/zero");
        Analyzer.Analysis a = Fixtures.analyze(write("main.fabric", "import \"/dev/zero\"\ntier a { count 1 }\n"));
        String fab002 = message(a, "FAB002");
        assertTrue(fab002.contains("not a regular file"), fab002);
        assertNotNull(a.model().tiers().get("a"), "the rest of the file is read");
    }

    @Test
    @Timeout(value = 20, unit = TimeUnit.SECONDS)
    void aFifoIsNotOpenedSoNothingHangs() throws Exception {
        Path fifo = dir.resolve("pipe.fabric");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "mkfifo is not available");
            return;
        }
        assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        Analyzer.Analysis a = Fixtures.analyze(write("main.fabric", "import \"pipe.fabric\"\n"));
        assertTrue(message(a, "FAB002").contains("not a regular file"), Fixtures.render(a.diagnostics()));
    }

    @Test
    void aFileOverTheSizeLimitIsOneDiagnosticNotAnAllocation() throws Exception {
        Path big = dir.resolve("big.fabric");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(SourceLimits.MAX_FILE_BYTES + 1); // sparse: costs no disk and is never read
        }
        Analyzer.Analysis a = Fixtures.analyze(write("main.fabric", "import \"big.fabric\"\ntier a { count 1 }\n"));
        var fab001 = a.reported().stream().filter(d -> d.code().equals("FAB001")).toList();
        assertEquals(1, fab001.size(), Fixtures.render(a.diagnostics()));
        assertEquals(big, fab001.get(0).file());
        assertEquals("this file is 64.0 MB (67,108,865 bytes); files of over 64 MB are not read",
                fab001.get(0).message());
        assertEquals(0, fab001.get(0).range().startLine());
    }

    @Test
    void aMillionCharacterLineIsOneDiagnosticAndTheRestOfTheFileIsRead() throws Exception {
        String text = "tier a { count 1 }\n// " + "x=".repeat(500_000) + "\ntier b { count 2 }\n";
        Analyzer.Analysis a = Fixtures.analyze(write("long.fabric", text));
        var fab001 = a.reported().stream().filter(d -> d.code().equals("FAB001")).toList();
        assertEquals(1, fab001.size(), Fixtures.render(fab001));
        assertEquals(1, fab001.get(0).range().startLine());
        assertEquals("this line is 1,000,003 characters long; lines of over 65,536 characters are not read",
                fab001.get(0).message());
        assertEquals(2, a.model().tiers().get("b").count(), "the line after it is read");
    }

    private static String message(Analyzer.Analysis a, String code) {
        return a.reported().stream().filter(d -> d.code().equals(code)).map(d -> d.message()).findFirst()
                .orElseThrow(() -> new AssertionError("no " + code + " in\n" + Fixtures.render(a.diagnostics())));
    }
}
