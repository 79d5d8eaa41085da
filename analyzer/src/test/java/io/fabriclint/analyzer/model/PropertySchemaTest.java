package io.fabriclint.analyzer.model;

import io.fabriclint.syntax.DeclarationKind;
import io.fabriclint.syntax.FabricSyntax;
import io.fabriclint.syntax.Property;
import io.fabriclint.syntax.SyntaxTree;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one property table: its defaults are the specification's, and each default reads back as itself. */
class PropertySchemaTest {
    @Test
    void defaultsAreTheSpecificationsAsWritten() {
        Map<String, String> defaults = new LinkedHashMap<>();
        for (DeclarationKind kind : DeclarationKind.values()) {
            for (PropertySpec<?> spec : PropertySchema.properties(kind)) {
                if (spec.defaultText() != null) {
                    defaults.put(kind.keyword() + "." + spec.name(), spec.defaultText());
                }
            }
        }
        // language.md §3.1–§3.5 (link `count` defaults to "all ports", which is not a value).
        // Templates as a user writes them, in quotes; `model` defaults to the tier name, which is not a value.
        assertEquals(Map.ofEntries(Map.entry("fabric.pue", "1.0"), Map.entry("module.lpo", "false"),
                Map.entry("rack.count", "1"), Map.entry("rack.height", "42U"), Map.entry("tier.count", "1"),
                Map.entry("tier.height", "1U"), Map.entry("tier.power", "0W"),
                Map.entry("tier.names", "\"{tier}-{n}\""), Map.entry("tier.interfaces", "\"{port}-{k}\""),
                Map.entry("link.connectors", "2"), Map.entry("link.wiring", "stripe"),
                Map.entry("link.labels", "\"C{n}\"")), defaults);
    }

    @Test
    void eachDefaultReadsBackAsItsValue() {
        List<String> problems = new ArrayList<>();
        for (DeclarationKind kind : DeclarationKind.values()) {
            for (PropertySpec<?> spec : PropertySchema.properties(kind)) {
                if (spec.defaultValue() == null || kind == DeclarationKind.IMPORT) {
                    continue;
                }
                String block = kind == DeclarationKind.LINK ? "link a.b -> c.d" : kind.keyword() + " x";
                SyntaxTree tree = FabricSyntax.parse(block + " {\n  " + spec.name() + " " + spec.defaultText() + "\n}\n");
                Property p = tree.declarations().get(0) instanceof io.fabriclint.syntax.Declaration.Block b
                        ? b.properties().get(0)
                        : ((io.fabriclint.syntax.Declaration.Link) tree.declarations().get(0)).properties().get(0);
                Object read = new ValueReader(Path.of("x.fabric"), problem -> problems.add(problem.message()))
                        .read(p, spec);
                assertEquals(spec.defaultValue(), read, kind + " " + spec.name());
            }
        }
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void requiredPropertiesAreTheSpecifications() {
        List<String> required = new ArrayList<>();
        for (DeclarationKind kind : DeclarationKind.values()) {
            for (PropertySpec<?> spec : PropertySchema.properties(kind)) {
                if (spec.requirement() != PropertySpec.Requirement.OPTIONAL) {
                    required.add(kind.keyword() + "." + spec.name() + " " + spec.requirement());
                }
            }
        }
        // language.md §5, FAB006: `module` on a link; `speed`, `form-factor`, `lanes`, `media` on a new module.
        assertEquals(List.of("module.form-factor REQUIRED_WITHOUT_LIKE", "module.speed REQUIRED_WITHOUT_LIKE",
                "module.lanes REQUIRED_WITHOUT_LIKE", "module.media REQUIRED_WITHOUT_LIKE", "link.module REQUIRED"),
                required);
    }
}
