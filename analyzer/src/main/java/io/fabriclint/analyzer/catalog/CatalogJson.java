package io.fabriclint.analyzer.catalog;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import io.fabriclint.analyzer.values.Quantity;
import io.fabriclint.analyzer.values.Unit;
import io.fabriclint.analyzer.values.Version;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a module catalog in JSON (the built-in one and users' `--catalog` files).
 * Figures use the language's own quantity syntax: `"speed": "400G"`,
 * `"reach": {"OM4": "100m"}`, `"power": "10W"`.
 */
public final class CatalogJson {
    private static final Pattern GSON_POSITION = Pattern.compile("line (\\d+) column (\\d+)");

    private CatalogJson() {
    }

    public static List<ModuleSpec> read(String json, Path file, ModuleSpec.Origin origin) throws CatalogException {
        JsonElement root;
        try {
            JsonReader reader = new JsonReader(new StringReader(json));
            reader.setStrictness(Strictness.STRICT);
            root = JsonParser.parseReader(reader);
        } catch (JsonParseException | IllegalStateException e) {
            String message = e.getCause() != null && e.getCause().getMessage() != null
                    ? e.getCause().getMessage() : String.valueOf(e.getMessage());
            Matcher m = GSON_POSITION.matcher(message);
            int line = 0;
            int column = 0;
            if (m.find()) {
                line = Integer.parseInt(m.group(1));
                column = Integer.parseInt(m.group(2));
            }
            String reason = message.replaceAll("\\s*at line \\d+ column \\d+.*$", "")
                    .replaceAll("\\s*See https?://\\S+", "");
            throw new CatalogException(file, line, column, "malformed JSON: " + reason);
        }
        if (!root.isJsonObject() || !root.getAsJsonObject().has("modules")
                || !root.getAsJsonObject().get("modules").isJsonArray()) {
            throw new CatalogException(file, 1, 1, "a catalog is an object with a \"modules\" array");
        }
        JsonArray modules = root.getAsJsonObject().getAsJsonArray("modules");
        List<ModuleSpec> specs = new ArrayList<>();
        for (int i = 0; i < modules.size(); i++) {
            if (!modules.get(i).isJsonObject()) {
                throw new CatalogException(file, 0, 0, "modules[" + i + "] is not an object");
            }
            specs.add(module(modules.get(i).getAsJsonObject(), "modules[" + i + "]", file, origin));
        }
        return specs;
    }

    private static ModuleSpec module(JsonObject o, String path, Path file, ModuleSpec.Origin origin)
            throws CatalogException {
        String name = string(o, "name", path, file);
        if (name == null || name.isBlank()) {
            throw new CatalogException(file, 0, 0, path + " has no \"name\"");
        }
        String where = "module " + name;
        String ff = string(o, "formFactor", where, file);
        FormFactor formFactor = ff == null ? null : FormFactor.ofLabel(ff);
        if (ff != null && formFactor == null) {
            throw new CatalogException(file, 0, 0, where + ": unknown formFactor \"" + ff + "\"; one of "
                    + String.join(", ", FormFactor.labels()));
        }
        Double speed = quantity(o, "speed", Unit.Dimension.SPEED, where, file);
        Lanes lanes = null;
        String lanesText = string(o, "lanes", where, file);
        if (lanesText != null) {
            String[] problem = new String[1];
            lanes = LanesText.parse(lanesText, problem);
            if (lanes == null) {
                throw new CatalogException(file, 0, 0, where + ": " + problem[0]);
            }
        }
        String mediaText = string(o, "media", where, file);
        Media media = mediaText == null ? null : Media.ofLabel(mediaText);
        if (mediaText != null && media == null) {
            throw new CatalogException(file, 0, 0, where + ": unknown media \"" + mediaText + "\"; MMF, SMF or copper");
        }
        Map<Fiber, Double> reach = null;
        if (o.has("reach")) {
            if (!o.get("reach").isJsonObject()) {
                throw new CatalogException(file, 0, 0, where + ": \"reach\" is an object such as {\"OM4\": \"100m\"}");
            }
            reach = new LinkedHashMap<>();
            for (Map.Entry<String, JsonElement> e : o.getAsJsonObject("reach").entrySet()) {
                Fiber fiber = Fiber.ofLabel(e.getKey());
                if (fiber == null) {
                    throw new CatalogException(file, 0, 0, where + ": unknown fiber \"" + e.getKey()
                            + "\" in reach; OM3, OM4, OM5, OS2 or copper");
                }
                reach.put(fiber, quantityValue(e.getValue(), Unit.Dimension.LENGTH, where + " reach " + e.getKey(), file));
            }
        }
        Double power = quantity(o, "power", Unit.Dimension.POWER, where, file);
        String connector = string(o, "connector", where, file);
        Integer fibers = null;
        if (o.has("fibers")) {
            JsonElement f = o.get("fibers");
            if (!f.isJsonPrimitive() || !f.getAsJsonPrimitive().isNumber() || f.getAsDouble() < 0
                    || f.getAsDouble() != Math.rint(f.getAsDouble())) {
                throw new CatalogException(file, 0, 0, where + ": \"fibers\" is a whole number");
            }
            fibers = f.getAsInt();
        }
        String fecText = string(o, "fec", where, file);
        Fec fec = fecText == null ? null : Fec.ofLabel(fecText);
        if (fecText != null && fec == null) {
            throw new CatalogException(file, 0, 0, where + ": unknown fec \"" + fecText + "\"; one of "
                    + String.join(", ", Fec.labels()));
        }
        Double budget = quantity(o, "budget", Unit.Dimension.LOSS, where, file);
        String cmisText = string(o, "cmis", where, file);
        Version cmis = cmisText == null ? null : Version.parse(cmisText);
        if (cmisText != null && cmis == null) {
            throw new CatalogException(file, 0, 0, where + ": cmis \"" + cmisText + "\" is not a version such as 5.0");
        }
        boolean lpo = o.has("lpo") && o.get("lpo").isJsonPrimitive() && o.get("lpo").getAsBoolean();
        List<String> hosts = new ArrayList<>();
        if (o.has("hosts") && o.get("hosts").isJsonArray()) {
            for (JsonElement h : o.getAsJsonArray("hosts")) {
                hosts.add(h.getAsString());
            }
        }
        return new ModuleSpec(name, formFactor, speed, lanes, media, reach, power, connector, fibers, fec, budget,
                cmis, lpo, List.copyOf(hosts), string(o, "description", where, file), string(o, "source", where, file),
                origin);
    }

    private static String string(JsonObject o, String key, String where, Path file) throws CatalogException {
        if (!o.has(key) || o.get(key).isJsonNull()) {
            return null;
        }
        JsonElement e = o.get(key);
        if (!e.isJsonPrimitive()) {
            throw new CatalogException(file, 0, 0, where + ": \"" + key + "\" is not a string");
        }
        return e.getAsString();
    }

    private static Double quantity(JsonObject o, String key, Unit.Dimension dimension, String where, Path file)
            throws CatalogException {
        if (!o.has(key) || o.get(key).isJsonNull()) {
            return null;
        }
        return quantityValue(o.get(key), dimension, where + " " + key, file);
    }

    private static Double quantityValue(JsonElement e, Unit.Dimension dimension, String where, Path file)
            throws CatalogException {
        if (!e.isJsonPrimitive()) {
            throw new CatalogException(file, 0, 0, where + " is not " + dimension.description());
        }
        JsonPrimitive p = e.getAsJsonPrimitive();
        Quantity q = Quantity.parse(p.getAsString());
        if (q == null || q.unit() == null || q.unit().dimension() != dimension || q.number() < 0) {
            throw new CatalogException(file, 0, 0, where + ": \"" + p.getAsString() + "\" is not "
                    + dimension.description());
        }
        return q.base();
    }
}
