package io.fabriclint.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The layers of docs/architecture.md, read from the sources of every module:
 * a package uses only packages of lower layers (so no two packages depend on
 * each other), and only the language server uses LSP4J. A new package must be
 * given its layer here.
 */
class LayeringTest {
    /** Bottom to top; a package may use the packages of the layers below its own. */
    static final List<List<String>> LAYERS = List.of(
            List.of("io.fabriclint.grammar"),
            List.of("io.fabriclint.syntax"),
            List.of("io.fabriclint.analyzer", "io.fabriclint.analyzer.values"),
            List.of("io.fabriclint.analyzer.catalog"),
            List.of("io.fabriclint.analyzer.model"),
            List.of("io.fabriclint.analyzer.diagnostics", "io.fabriclint.analyzer.physical"),
            List.of("io.fabriclint.analyzer.cabling"),
            List.of("io.fabriclint.analyzer.rules"),
            List.of("io.fabriclint.analyzer.rules.language", "io.fabriclint.analyzer.rules.physical"),
            List.of("io.fabriclint.analyzer.lint"),
            List.of("io.fabriclint.analyzer.config", "io.fabriclint.analyzer.graph", "io.fabriclint.analyzer.format"),
            List.of("io.fabriclint.analyzer.report", "io.fabriclint.analyzer.export"),
            List.of("io.fabriclint.analyzer.diff"),
            List.of("io.fabriclint.analyzer.project"),
            List.of("io.fabriclint.analyzer.editor"),
            List.of("io.fabriclint.server"),
            List.of("io.fabriclint.cli.output"),
            List.of("io.fabriclint.cli"));
    private static final List<Path> SOURCES = List.of(Path.of("../grammar/src/main/java"),
            Path.of("../analyzer/src/main/java"), Path.of("../server/src/main/java"), Path.of("src/main/java"));
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    /** Imports, and names written out in full in the code (`io.fabriclint.syntax.SourceRange.EMPTY`). */
    private static final Pattern USE = Pattern.compile("\\b((?:io\\.fabriclint|org\\.eclipse\\.lsp4j)(?:\\.[a-z][a-z0-9_]*)*)\\.[A-Z*]");

    @Test
    void everyPackageUsesOnlyTheLayersBelowIt() throws IOException {
        Map<String, Integer> layerOf = new TreeMap<>();
        for (int i = 0; i < LAYERS.size(); i++) {
            for (String p : LAYERS.get(i)) {
                layerOf.put(p, i);
            }
        }
        List<String> problems = new ArrayList<>();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    String text = Files.readString(f);
                    Matcher pm = PACKAGE.matcher(text);
                    assertTrue(pm.find(), f + " has no package");
                    String pkg = pm.group(1);
                    Integer mine = layerOf.get(pkg);
                    if (mine == null) {
                        problems.add(pkg + " (" + f.getFileName() + ") has no layer: add it to LayeringTest.LAYERS "
                                + "and to the picture in docs/architecture.md");
                        continue;
                    }
                    Matcher use = USE.matcher(text.replaceAll("(?s)/\\*.*?\\*/|//[^\\n]*", ""));
                    while (use.find()) {
                        String used = use.group(1);
                        if (used.startsWith("org.eclipse.lsp4j")) {
                            if (!pkg.equals("io.fabriclint.server")) {
                                problems.add(f.getFileName() + " (" + pkg + ") uses LSP4J: only io.fabriclint.server may");
                            }
                            continue;
                        }
                        Integer theirs = layerOf.get(used);
                        if (used.equals(pkg) || theirs == null && !layerOf.containsKey(used)) {
                            continue; // same package, or a class nested in a type of this package
                        }
                        if (theirs >= mine) {
                            problems.add(f.getFileName() + " (" + pkg + ", layer " + mine + ") uses " + used
                                    + " (layer " + theirs + ")");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), problems.stream().distinct().toList());
    }
}
