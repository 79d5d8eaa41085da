package io.fabriclint.analyzer.catalog;

import io.fabriclint.analyzer.values.Quantity;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The built-in catalog holds every row of the spec's normative table (§3.2)
 * with exactly those figures. `spec-table.md` is that table, copied verbatim.
 */
class BuiltInCatalogTest {
    private static final ModuleCatalog CATALOG = ModuleCatalog.builtIn();

    @TestFactory
    List<DynamicTest> everySpecRowIsInTheCatalogWithItsFigures() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/catalog/spec-table.md"))) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] c = line.substring(1, line.length() - 1).split("\\|", -1);
            for (int i = 0; i < c.length; i++) {
                c[i] = c[i].trim();
            }
            String name = c[0].replace("`", "");
            tests.add(DynamicTest.dynamicTest(name, () -> checkRow(name, c)));
        }
        assertEquals(26, tests.size(), "rows of the spec table");
        return tests;
    }

    private static void checkRow(String name, String[] c) {
        ModuleSpec m = CATALOG.lookup(name);
        assertNotNull(m, name + " missing");
        assertEquals(c[1], m.formFactor().label(), "form factor");
        assertEquals(Quantity.parse(c[2]).base(), m.speedGbps(), "speed");
        assertEquals(c[3], m.lanes().toString(), "lanes");
        assertEquals(c[4], m.media().label(), "media");
        if (m.isCopper()) {
            assertEquals(Quantity.parse(c[5]).base(), m.reachOn(Fiber.COPPER), "copper reach");
        } else {
            List<String> reach = new ArrayList<>();
            m.reachMeters().forEach((f, meters) -> reach.add(f.label() + " " + Quantity.meters(meters)));
            assertEquals(c[5], String.join(", ", reach), "reach");
        }
        String[] fc = c[6].split(",\\s*");
        assertEquals(Integer.parseInt(fc[0]), m.fibers(), "fibers");
        assertEquals(fc[1].equals("–") ? null : fc[1], m.connector(), "connector");
        assertEquals(Quantity.parse(c[7]).base(), m.powerWatts(), "power");
        assertEquals(c[8], m.fec().label(), "fec");
        assertEquals(c[9].isEmpty() ? null : Quantity.parse(c[9]).base(), m.budgetDb(), "budget");
        assertEquals(c[10].isEmpty() ? null : c[10], m.cmis() == null ? null : m.cmis().toString(), "cmis");
        assertEquals(name.equals("QDD-800G-DR8-LPO"), m.lpo(), "lpo");
        assertTrue(m.source() != null && m.source().contains("optics.md"), "source names the reference: " + m.source());
    }

    @Test
    void lpoModuleIsQualifiedWithTomahawk5() {
        assertEquals(List.of("Tomahawk 5"), CATALOG.lookup("QDD-800G-DR8-LPO").hosts());
    }

    @Test
    void uncertainFiguresSayTheyAreUncertain() {
        for (String name : List.of("OSFP-800G-ZR", "OSFP-1.6T-DR8")) {
            String source = CATALOG.lookup(name).source();
            assertTrue(source.contains("⚠"), name + ": " + source);
        }
    }

    @Test
    void malformedCatalogNamesFileLineAndColumn() {
        Path file = Path.of("vendor.json");
        CatalogException e = org.junit.jupiter.api.Assertions.assertThrows(CatalogException.class,
                () -> CatalogJson.read("{\n  \"modules\": [\n    { \"name\": \"X\", }\n  ]\n}\n", file,
                        ModuleSpec.Origin.BUILT_IN));
        assertEquals(3, e.line());
        assertTrue(e.column() > 0);
        assertTrue(e.describe().startsWith("vendor.json:3:"), e.describe());
    }

    @Test
    void wrongFigureIsAClearError() {
        CatalogException e = org.junit.jupiter.api.Assertions.assertThrows(CatalogException.class,
                () -> CatalogJson.read("{\"modules\": [{\"name\": \"X\", \"power\": \"12m\"}]}", Path.of("v.json"),
                        ModuleSpec.Origin.BUILT_IN));
        assertEquals("module X power: \"12m\" is not a power (W, kW)", e.getMessage());
    }

    @Test
    void userCatalogAddsAndReplacesModules(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("vendor.json");
        Files.writeString(file, """
                { "modules": [
                  { "name": "ACME-800G-DR8", "formFactor": "OSFP", "speed": "800G", "lanes": "8 x 100G DR",
                    "media": "SMF", "reach": { "OS2": "500m" }, "power": "14W" },
                  { "name": "QDD-400G-DR4", "formFactor": "QSFP-DD", "speed": "400G", "lanes": "4 x 100G DR",
                    "media": "SMF", "reach": { "OS2": "500m" }, "power": "9W" }
                ] }
                """);
        ModuleCatalog withUser = CATALOG.withFiles(List.of(file));
        assertEquals(14.0, withUser.lookup("ACME-800G-DR8").powerWatts());
        assertEquals(9.0, withUser.lookup("QDD-400G-DR4").powerWatts());
        assertEquals(12.0, CATALOG.lookup("QDD-400G-DR4").powerWatts(), "the built-in catalog is unchanged");
        assertTrue(withUser.isBuiltIn("QDD-400G-DR4"));
        assertFalse(withUser.isBuiltIn("ACME-800G-DR8"));
    }

    @Test
    void missingCatalogFileIsAClearError(@org.junit.jupiter.api.io.TempDir Path dir) {
        CatalogException e = org.junit.jupiter.api.Assertions.assertThrows(CatalogException.class,
                () -> CATALOG.withFiles(List.of(dir.resolve("nope.json"))));
        assertEquals("cannot read catalog: no such file", e.getMessage());
    }
}
