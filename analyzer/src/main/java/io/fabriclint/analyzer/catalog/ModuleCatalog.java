package io.fabriclint.analyzer.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Module types known before any `module` block is read: the built-in catalog
 * (a JSON resource with figures from the optics reference) plus the users'
 * JSON catalogs, later entries replacing earlier ones of the same name.
 */
public final class ModuleCatalog {
    private static final String BUILT_IN_RESOURCE = "/io/fabriclint/catalog/builtin-catalog.json";
    private static volatile ModuleCatalog builtIn;

    private final Map<String, ModuleSpec> modules;
    private final Map<String, ModuleSpec> builtIns;

    private ModuleCatalog(Map<String, ModuleSpec> modules, Map<String, ModuleSpec> builtIns) {
        this.modules = Collections.unmodifiableMap(modules);
        this.builtIns = builtIns;
    }

    /** The built-in catalog alone, read once per process. */
    public static ModuleCatalog builtIn() {
        ModuleCatalog c = builtIn;
        if (c == null) {
            synchronized (ModuleCatalog.class) {
                c = builtIn;
                if (c == null) {
                    c = loadBuiltIn();
                    builtIn = c;
                }
            }
        }
        return c;
    }

    private static ModuleCatalog loadBuiltIn() {
        Map<String, ModuleSpec> map = new LinkedHashMap<>();
        for (ModuleSpec spec : builtInModules()) {
            map.put(spec.name(), spec);
        }
        return new ModuleCatalog(map, Collections.unmodifiableMap(new LinkedHashMap<>(map)));
    }

    /** The built-in modules: from the binary form the build writes beside the JSON, else from the JSON. */
    static List<ModuleSpec> builtInModules() {
        try (InputStream binary = ModuleCatalog.class.getResourceAsStream(CatalogBinary.RESOURCE)) {
            if (binary != null) {
                return CatalogBinary.read(binary);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return builtInModulesFromJson();
    }

    static List<ModuleSpec> builtInModulesFromJson() {
        try (InputStream in = ModuleCatalog.class.getResourceAsStream(BUILT_IN_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("built-in catalog resource missing: " + BUILT_IN_RESOURCE);
            }
            String json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return CatalogJson.read(json, Path.of("builtin-catalog.json"), ModuleSpec.Origin.BUILT_IN);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CatalogException e) {
            // The built-in catalog is part of the product; a broken one is a build defect.
            throw new IllegalStateException("built-in catalog is invalid: " + e.describe(), e);
        }
    }

    /** This catalog with the modules of the given JSON files added, in order. */
    public ModuleCatalog withFiles(List<Path> files) throws CatalogException {
        if (files.isEmpty()) {
            return this;
        }
        Map<String, ModuleSpec> map = new LinkedHashMap<>(modules);
        for (Path file : files) {
            String json;
            try {
                json = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new CatalogException(file, 0, 0, "cannot read catalog: " + describe(e));
            }
            for (ModuleSpec spec : CatalogJson.read(json, file,
                    new ModuleSpec.Origin(ModuleSpec.Origin.Kind.CATALOG_FILE, file))) {
                map.put(spec.name(), spec);
            }
        }
        return new ModuleCatalog(map, builtIns);
    }

    private static String describe(IOException e) {
        return e instanceof java.nio.file.NoSuchFileException ? "no such file" : String.valueOf(e.getMessage());
    }

    public ModuleSpec lookup(String name) {
        return modules.get(name);
    }

    public boolean isBuiltIn(String name) {
        return builtIns.containsKey(name);
    }

    public Collection<ModuleSpec> all() {
        return modules.values();
    }
}
