package io.fabriclint.analyzer.catalog;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.InputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The binary built-in catalog holds exactly the modules of the JSON, in its order. */
class CatalogBinaryTest {
    @Test
    void writingAndReadingGivesTheJsonsModules() throws Exception {
        List<ModuleSpec> json = ModuleCatalog.builtInModulesFromJson();
        assertTrue(json.size() > 20, "the built-in catalog has its modules");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            CatalogBinary.write(json, out);
        }
        assertEquals(json, CatalogBinary.read(new ByteArrayInputStream(bytes.toByteArray())));
    }

    @Test
    void theBuildsBinaryIsTheCurrentJson() throws Exception {
        try (InputStream built = CatalogBinary.class.getResourceAsStream(CatalogBinary.RESOURCE)) {
            assertNotNull(built, "the build writes " + CatalogBinary.RESOURCE + " at process-classes");
            assertEquals(ModuleCatalog.builtInModulesFromJson(), CatalogBinary.read(built));
        }
        assertEquals(ModuleCatalog.builtInModulesFromJson(), List.copyOf(ModuleCatalog.builtIn().all()));
    }
}
