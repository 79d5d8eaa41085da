package io.fabriclint.analyzer.rules;

import io.fabriclint.analyzer.lint.RuleRegistry;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `docs/rules/` is generated from the rules' own metadata (the same text
 * `fabric explain` prints). This test fails when the two drift apart;
 * `mvn -q -pl analyzer -am test -Dfabric.update=true` rewrites the pages.
 */
class RuleDocsTest {
    private static final Path DOCS = Path.of("../docs/rules");
    private static final Pattern CODE = Pattern.compile("FAB\\d{3}");

    @Test
    void docsPagesMatchTheRegistry() throws IOException {
        boolean update = io.fabriclint.analyzer.testing.Fixtures.updating();
        if (update) {
            Files.createDirectories(DOCS);
        }
        List<String> problems = new ArrayList<>();
        check(DOCS.resolve("README.md"), index(), update, problems);
        for (Rule rule : RuleRegistry.all()) {
            check(DOCS.resolve(rule.code() + ".md"), RuleDocs.markdown(rule), update, problems);
        }
        try (Stream<Path> pages = Files.list(DOCS)) {
            pages.map(p -> p.getFileName().toString()).filter(n -> n.matches("FAB\\d{3}\\.md"))
                    .filter(n -> RuleRegistry.byCode(n.substring(0, 6)) == null)
                    .forEach(n -> problems.add(n + " documents a rule that does not exist"));
        }
        assertEquals(List.of(), problems, "run: mvn -q -pl analyzer -am test -Dfabric.update=true");
    }

    @Test
    void everyRuleDocumentsAnExampleAndAFix() {
        for (Rule rule : RuleRegistry.all()) {
            String doc = rule.documentation();
            assertTrue(doc.contains("## Example") && doc.contains("## Fix"), rule.code() + " lacks Example/Fix");
            assertTrue(rule.title().length() < 60, rule.code() + " title too long");
        }
    }

    @Test
    void namesAreKebabCaseAndUnique() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Rule rule : RuleRegistry.all()) {
            assertTrue(rule.name().matches("[a-z0-9]+(-[a-z0-9]+)+"), rule.code() + ": '" + rule.name()
                    + "' is not a kebab-case name of two words or more");
            assertTrue(seen.add(rule.name()), rule.code() + ": name '" + rule.name() + "' is taken");
        }
    }

    /** A rule class that is not in the registry never runs: say so, and where to add it. */
    @Test
    void everyRuleClassIsRegistered() throws Exception {
        Path classes = Path.of(Rule.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("io/fabriclint/analyzer/rules");
        java.util.Set<Class<?>> registered = new java.util.HashSet<>();
        RuleRegistry.all().forEach(r -> registered.add(r.getClass()));
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class") && !p.toString().contains("$")).toList()) {
                String name = "io.fabriclint.analyzer.rules." + classes.relativize(f).toString()
                        .replace(java.io.File.separatorChar, '.').replaceAll("\\.class$", "");
                Class<?> c = Class.forName(name);
                if (Rule.class.isAssignableFrom(c) && !java.lang.reflect.Modifier.isAbstract(c.getModifiers())
                        && !registered.contains(c)) {
                    missing.add(c.getSimpleName());
                }
            }
        }
        assertEquals(List.of(), missing, "add these rules to RuleRegistry.RULES (in code order)");
    }

    @Test
    void codesAreUniqueAndInOrder() {
        List<String> codes = RuleRegistry.all().stream().map(Rule::code).toList();
        for (int i = 1; i < codes.size(); i++) {
            assertTrue(codes.get(i - 1).compareTo(codes.get(i)) < 0, codes.get(i - 1) + " before " + codes.get(i));
        }
        for (String c : codes) {
            Matcher m = CODE.matcher(c);
            assertTrue(m.matches(), c);
        }
    }

    private static String index() {
        StringBuilder sb = new StringBuilder("# Rules\n\n")
                .append("Generated from the rule registry; `fabric rules` prints the same list and ")
                .append("`fabric explain CODE` each page.\n\n")
                .append("| code | default | title |\n|---|---|---|\n");
        for (Rule r : RuleRegistry.all()) {
            sb.append("| [").append(r.code()).append("](").append(r.code()).append(".md) | ")
                    .append(r.defaultSeverity().label()).append(" | ").append(r.title()).append(" |\n");
        }
        return sb.toString();
    }

    private static void check(Path page, String expected, boolean update, List<String> problems) throws IOException {
        if (update) {
            Files.writeString(page, expected);
        } else if (!Files.exists(page)) {
            problems.add(page + " is missing");
        } else if (!Files.readString(page).equals(expected)) {
            problems.add(page + " differs from the rule's metadata");
        }
    }
}
