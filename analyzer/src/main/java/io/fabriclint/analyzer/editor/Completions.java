package io.fabriclint.analyzer.editor;

import io.fabriclint.analyzer.catalog.Fec;
import io.fabriclint.analyzer.catalog.Fiber;
import io.fabriclint.analyzer.catalog.FormFactor;
import io.fabriclint.analyzer.catalog.ModuleSpec;
import io.fabriclint.analyzer.model.FabricModel;
import io.fabriclint.analyzer.model.ModuleDef;
import io.fabriclint.analyzer.model.PortDef;
import io.fabriclint.analyzer.model.PropertySchema;
import io.fabriclint.analyzer.model.PropertySpec;
import io.fabriclint.analyzer.model.RackDef;
import io.fabriclint.analyzer.model.TierDef;
import io.fabriclint.analyzer.model.ValueReader;
import io.fabriclint.analyzer.model.ValueType;
import io.fabriclint.analyzer.values.Quantity;
import io.fabriclint.analyzer.values.Unit;
import io.fabriclint.syntax.Declaration;
import io.fabriclint.syntax.DeclarationKind;
import io.fabriclint.syntax.Endpoint;
import io.fabriclint.syntax.Property;
import io.fabriclint.syntax.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completion: declaration keywords and snippets at top level, the properties
 * of the enclosing block with their documentation, and for values what the
 * property takes: catalog modules (those that fit the port first), the fiber
 * types the link's module supports, `TIER.PORT` references, rack names, enum
 * values and units. Names come from the model ({@code model} may be a little
 * stale while the user types; the syntax is always current).
 */
public final class Completions {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
    private static final Pattern LINK_SOURCE = Pattern.compile("^\\s*link\\s+([\\w.-]*)$");
    private static final Pattern LINK_TARGET = Pattern.compile("^\\s*link\\s+[\\w.-]+\\s*->\\s*([\\w.-]*)$");

    static final Map<String, String> SNIPPETS = new LinkedHashMap<>();

    static {
        SNIPPETS.put("tier", "tier ${1:name} {\n  count ${2:1}\n  rack ${3:rack}\n  height ${4:1U}\n  power ${5:750W}\n"
                + "  port ${6:down}: ${7:32} x ${8|OSFP,QSFP-DD,QSFP112,QSFP28,OSFP-XD|} ${9:800G}\n}");
        SNIPPETS.put("link", "link ${1:lower}.${2:up} -> ${3:upper}.${4:down} {\n  module ${5:OSFP-800G-DR8}\n"
                + "  fiber ${6|OS2,OM4,OM3,OM5|}\n  length ${7:30m}\n}");
        SNIPPETS.put("module", "module ${1:NAME} {\n  like ${2:OSFP-800G-DR8}\n  power ${3:16W}\n"
                + "  description \"${4}\"\n}");
        SNIPPETS.put("rack", "rack ${1:name} {\n  count ${2:1}\n  height ${3:42U}\n  power ${4:40kW}\n}");
        SNIPPETS.put("fabric", "fabric ${1:name} {\n  pue ${2:1.3}\n  oversubscription ${3:1:1}\n}");
        SNIPPETS.put("import", "import \"${1:other.fabric}\"");
    }

    private static final Map<String, String> KEYWORD_DOCS = Map.of(
            "tier", "A group of identical devices (GPU servers, leaf, spine …) and their port groups.",
            "link", "Link group between two port groups: `link TIER.PORT -> TIER.PORT { … }` (source is the lower tier).",
            "module", "A transceiver or cable type added to the catalog (`like` starts from an existing one).",
            "rack", "A group of identical racks: count, height, IT power budget.",
            "fabric", "Fabric-wide settings: pue, fec, oversubscription (at most one per fabric).",
            "import", "Merge another `.fabric` file into this fabric (path relative to this file).");

    private Completions() {
    }

    /**
     * @param model the fabric's model for names (may be null or a little stale)
     */
    public static List<CompletionItem> complete(Cursor cursor, FabricModel model) {
        String prefix = cursor.linePrefix();
        Matcher source = LINK_SOURCE.matcher(prefix);
        Matcher target = LINK_TARGET.matcher(prefix);
        if (!cursor.inBlock() && (source.matches() || target.matches())) {
            return endpoints(cursor, model);
        }
        if (cursor.declaration() instanceof Declaration.Link && !cursor.inBlock()) {
            return endpoints(cursor, model);
        }
        if (!cursor.inBlock()) {
            return prefix.trim().contains(" ") || prefix.contains("\"") ? List.of() : keywords(cursor);
        }
        DeclarationKind kind = cursor.kind();
        if (cursor.atPropertyName()) {
            return properties(cursor, kind);
        }
        Property property = cursor.property();
        PropertySpec<?> spec = PropertySchema.lookup(kind, property.name().text());
        if (spec == null) {
            return List.of();
        }
        return values(cursor, model, spec);
    }

    private static List<CompletionItem> keywords(Cursor cursor) {
        List<CompletionItem> items = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> e : SNIPPETS.entrySet()) {
            String kw = e.getKey();
            items.add(new CompletionItem(kw, CompletionItem.Kind.SNIPPET, Snippets.plain(e.getValue()).lines().findFirst()
                    .orElse(kw) + (e.getValue().contains("\n") ? " … }" : ""), KEYWORD_DOCS.get(kw), e.getValue(), true,
                    "0" + i++, cursor.wordSpan()));
        }
        return items;
    }

    private static List<CompletionItem> properties(Cursor cursor, DeclarationKind kind) {
        List<CompletionItem> items = new ArrayList<>();
        List<String> set = new ArrayList<>();
        for (Property p : Cursor.d(cursor.declaration())) {
            if (p != cursor.property()) {
                set.add(p.name().text());
            }
        }
        int i = 0;
        for (PropertySpec<?> spec : PropertySchema.properties(kind)) {
            boolean already = !spec.repeatable() && set.contains(spec.name());
            String detail = spec.type().description() + (spec.defaultText() == null ? "" : " (default " + spec.defaultText() + ")");
            String insert = spec.name().equals("port") && kind == DeclarationKind.TIER
                    ? "port ${1:name}: ${2:32} x ${3|OSFP,QSFP-DD,QSFP112,QSFP28,OSFP-XD,SFP28|} ${4:800G}"
                    : spec.name() + " ";
            items.add(new CompletionItem(spec.name(), CompletionItem.Kind.PROPERTY, detail, spec.documentation(), insert,
                    insert.contains("${"), (already ? "1" : "0") + String.format(Locale.ROOT, "%02d", i++),
                    cursor.wordSpan()));
        }
        return items;
    }

    private static List<CompletionItem> values(Cursor cursor, FabricModel model, PropertySpec<?> spec) {
        List<Value> before = cursor.valuesBefore();
        String word = cursor.wordBefore();
        Span at = cursor.wordSpan();
        return switch (spec.type()) {
            case MODULE_PAIR -> {
                boolean targetEnd = before.stream().anyMatch(v -> v.text().equals("->"));
                if (!targetEnd && !before.isEmpty() && word.isEmpty()) {
                    yield List.of(new CompletionItem("->", CompletionItem.Kind.KEYWORD,
                            "a different module at the target end", null, "-> ", false, "0", at));
                }
                yield modules(model, at, linkPort(cursor, model, targetEnd));
            }
            case MODULE_NAME -> modules(model, at, null);
            case FIBER -> fibers(cursor, model, at);
            case RACK_NAME -> names(model == null ? List.of() : model.racks().values().stream().map(RackDef::name)
                    .map(n -> n.text()).toList(), CompletionItem.Kind.RACK, "rack", at);
            case FORM_FACTOR -> enumValues(FormFactor.labels(), "form factor", at);
            case MEDIA -> enumValues(List.of("MMF", "SMF", "copper"), "media", at);
            case FEC -> {
                List<CompletionItem> items = new ArrayList<>();
                int i = 0;
                for (Fec f : Fec.values()) {
                    items.add(new CompletionItem(f.label(), CompletionItem.Kind.ENUM, f.description(), null, f.label(),
                            false, "0" + i++, at));
                }
                yield items;
            }
            case CONNECTOR -> enumValues(ValueReader.CONNECTORS, "connector", at);
            case BOOLEAN -> enumValues(List.of("true", "false"), "boolean", at);
            case WIRING -> wirings(at);
            case NAME_TEMPLATE, INTERFACE_TEMPLATE, LABEL_TEMPLATE -> placeholders(cursor, spec.type());
            case LENGTH -> units(word, Unit.Dimension.LENGTH, at);
            case POWER -> units(word, Unit.Dimension.POWER, at);
            case SPEED -> units(word, Unit.Dimension.SPEED, at);
            case HEIGHT -> units(word, Unit.Dimension.HEIGHT, at);
            case LOSS -> units(word, Unit.Dimension.LOSS, at);
            case PORT -> port(before, word, at);
            case REACH -> {
                long atoms = before.stream().filter(v -> !v.text().equals(",")).count();
                yield NUMBER.matcher(word).matches() ? units(word, Unit.Dimension.LENGTH, at)
                        : atoms % 2 == 0 ? enumValues(Fiber.linkLabels(), "fiber type", at) : List.of();
            }
            default -> List.of();
        };
    }

    /** `port NAME: N x FORM-FACTOR SPEED [max-power POWER]`, by position. */
    private static List<CompletionItem> port(List<Value> before, String word, Span at) {
        List<String> atoms = new ArrayList<>();
        for (Value v : before) {
            if (v.text().matches("\\d+x")) {
                atoms.add(v.text().substring(0, v.text().length() - 1));
                atoms.add("x");
            } else {
                atoms.add(v.text());
            }
        }
        int n = atoms.size();
        if (n == 4 && atoms.get(3).equals("x")) {
            return enumValues(FormFactor.labels(), "cage form factor", at);
        }
        if (n == 5) {
            if (NUMBER.matcher(word).matches()) {
                return units(word, Unit.Dimension.SPEED, at);
            }
            return enumValues(List.of("800G", "400G", "1.6T", "200G", "100G"), "port speed", at);
        }
        if (n == 6 && word.isEmpty() || n == 6 && "max-power".startsWith(word)) {
            return List.of(new CompletionItem("max-power", CompletionItem.Kind.PROPERTY,
                    "host power and cooling limit per module", "Enables FAB207.", "max-power ", false, "0", at));
        }
        if (n == 7 && NUMBER.matcher(word).matches()) {
            return units(word, Unit.Dimension.POWER, at);
        }
        return List.of();
    }

    private static List<CompletionItem> units(String word, Unit.Dimension dimension, Span at) {
        if (!NUMBER.matcher(word).matches()) {
            return List.of();
        }
        List<CompletionItem> items = new ArrayList<>();
        int i = 0;
        for (Unit u : Unit.values()) {
            if (u.dimension() == dimension) {
                items.add(new CompletionItem(word + u.symbol(), CompletionItem.Kind.UNIT, dimension.description(), null,
                        word + u.symbol(), false, "0" + i++, at));
            }
        }
        return items;
    }

    /** What each template's placeholders stand for (cabling.md §1–§2). */
    private static final Map<ValueType, Map<String, String>> PLACEHOLDERS = Map.of(
            ValueType.NAME_TEMPLATE, placeholderDocs("tier", "the tier's name",
                    "n", "the device number, zero-padded to the digits of the tier's count (leaf-01 … leaf-32)",
                    "i", "the device number, unpadded"),
            ValueType.INTERFACE_TEMPLATE, placeholderDocs("port", "the port group's name",
                    "k", "the port's number within its group, from 1",
                    "cage", "the port's number over all the device's cages, groups in declaration order (Ethernet{cage}/1)"),
            ValueType.LABEL_TEMPLATE, placeholderDocs("n", "the cable number, zero-padded to the digits of the total",
                    "i", "the cable number, unpadded"));

    private static Map<String, String> placeholderDocs(String... pairs) {
        Map<String, String> docs = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            docs.put(pairs[i], pairs[i + 1]);
        }
        return docs;
    }

    /** Inside a template's quotes: its placeholders, replacing a `{…` being typed. */
    private static List<CompletionItem> placeholders(Cursor cursor, ValueType type) {
        String prefix = cursor.linePrefix();
        int quote = prefix.indexOf('"', prefix.indexOf(cursor.property().name().text()) + cursor.property().name().text().length());
        if (quote < 0 || prefix.chars().filter(c -> c == '"').count() % 2 == 0) {
            return List.of();
        }
        int open = prefix.lastIndexOf('{');
        boolean typing = open > quote && prefix.indexOf('}', open) < 0;
        int length = typing ? prefix.codePointCount(open, prefix.length()) : 0;
        Span at = new Span(cursor.line(), cursor.column() - length, cursor.line(), cursor.column());
        List<CompletionItem> items = new ArrayList<>();
        int i = 0;
        for (Map.Entry<String, String> e : PLACEHOLDERS.get(type).entrySet()) {
            String text = "{" + e.getKey() + "}";
            items.add(new CompletionItem(text, CompletionItem.Kind.ENUM, "placeholder", e.getValue(), text, false,
                    "0" + i++, at));
        }
        return items;
    }

    private static List<CompletionItem> wirings(Span at) {
        return List.of(
                new CompletionItem("stripe", CompletionItem.Kind.ENUM, "wiring (default)", "Slot t goes to target device "
                        + "t mod |B|, round-robin: every leaf reaches every spine, and NIC j of every server reaches the "
                        + "same leaf (rail-aligned) when the target devices divide the slots per source device.",
                        "stripe", false, "00", at),
                new CompletionItem("block", CompletionItem.Kind.ENUM, "wiring", "Consecutive source devices fill one "
                        + "target device before the next: ceil(T / |B|) cables per target device, the last ones may get "
                        + "fewer or none (servers to the switch in their own rack).", "block", false, "01", at));
    }

    private static List<CompletionItem> enumValues(List<String> values, String what, Span at) {
        List<CompletionItem> items = new ArrayList<>();
        int i = 0;
        for (String v : values) {
            items.add(new CompletionItem(v, CompletionItem.Kind.ENUM, what, null, v, false,
                    String.format(Locale.ROOT, "0%02d", i++), at));
        }
        return items;
    }

    private static List<CompletionItem> names(List<String> names, CompletionItem.Kind kind, String what, Span at) {
        List<CompletionItem> items = new ArrayList<>();
        for (String n : names) {
            items.add(new CompletionItem(n, kind, what, null, n, false, "0" + n, at));
        }
        return items;
    }

    /** The port group at the end of the link the cursor is in: source end, or target end after `->`. */
    private static PortDef linkPort(Cursor cursor, FabricModel model, boolean targetEnd) {
        if (model == null || !(cursor.declaration() instanceof Declaration.Link link)) {
            return null;
        }
        Endpoint end = targetEnd ? link.target() : link.source();
        if (end == null) {
            return null;
        }
        TierDef tier = model.tiers().get(end.tier().text());
        return tier == null ? null : tier.port(end.port().text());
    }

    /** Catalog modules and `module` blocks; those that fit the port's cage at its speed first. */
    private static List<CompletionItem> modules(FabricModel model, Span at, PortDef port) {
        Map<String, ModuleSpec> all = new LinkedHashMap<>();
        if (model != null) {
            for (ModuleSpec m : model.catalog().all()) {
                all.put(m.name(), m);
            }
            for (ModuleDef d : model.modules().values()) {
                if (d.spec() != null) {
                    all.put(d.name().text(), d.spec());
                }
            }
        } else {
            for (ModuleSpec m : io.fabriclint.analyzer.catalog.ModuleCatalog.builtIn().all()) {
                all.put(m.name(), m);
            }
        }
        List<CompletionItem> items = new ArrayList<>();
        for (ModuleSpec m : all.values()) {
            int rank = port == null ? 1 : fit(m, port);
            String detail = m.summary() + (port != null && rank == 0 ? " · fits " + port.tier() + "." + port.name().text() : "");
            items.add(new CompletionItem(m.name(), CompletionItem.Kind.MODULE, detail, ModuleDocs.markdown(m), m.name(),
                    false, rank + m.name(), at));
        }
        return items;
    }

    /** 0: fits the cage at the port's speed; 1: fits the cage at a lower speed; 2: does not fit. */
    static int fit(ModuleSpec m, PortDef port) {
        if (m.formFactor() == null || m.speedGbps() == null || !port.cage().fits(m.formFactor())
                || m.speedGbps() > port.speedGbps()) {
            return 2;
        }
        return m.speedGbps().doubleValue() == port.speedGbps() ? 0 : 1;
    }

    /** Fiber types the link's module(s) support, those that reach the link's length first. */
    private static List<CompletionItem> fibers(Cursor cursor, FabricModel model, Span at) {
        List<ModuleSpec> modules = new ArrayList<>();
        Double length = null;
        for (Property p : Cursor.d(cursor.declaration())) {
            if (p.name().text().equals("module") && model != null) {
                for (Value v : p.values()) {
                    ModuleSpec m = v instanceof Value.Word ? model.module(v.text()) : null;
                    if (m != null) {
                        modules.add(m);
                    }
                }
            }
            if (p.name().text().equals("length") && p.values().size() == 1) {
                Quantity q = Quantity.parse(p.values().get(0).text());
                if (q != null && q.unit() != null && q.unit().dimension() == Unit.Dimension.LENGTH) {
                    length = q.base();
                }
            }
        }
        List<CompletionItem> items = new ArrayList<>();
        for (String label : Fiber.linkLabels()) {
            Fiber f = Fiber.ofLabel(label);
            Double reach = null;
            boolean supported = true;
            for (ModuleSpec m : modules) {
                Double r = m.reachOn(f);
                if (m.reachMeters() == null) {
                    continue;
                }
                if (r == null || m.isCopper()) {
                    supported = false;
                } else {
                    reach = reach == null ? r : Math.min(reach, r);
                }
            }
            if (!supported) {
                continue;
            }
            boolean enough = length == null || reach == null || reach >= length;
            String detail = f.media().description() + " fiber" + (reach == null ? "" : " · reach " + Quantity.meters(reach)
                    + (modules.isEmpty() ? "" : " with " + modules.get(0).name()));
            items.add(new CompletionItem(label, CompletionItem.Kind.ENUM, detail, null, label, false,
                    (enough ? "0" : "1") + label, at));
        }
        return items;
    }

    private static List<CompletionItem> endpoints(Cursor cursor, FabricModel model) {
        List<CompletionItem> items = new ArrayList<>();
        if (model == null) {
            return items;
        }
        String word = cursor.wordBefore();
        Span at = cursor.wordSpan();
        int dot = word.indexOf('.');
        for (TierDef t : model.tiers().values()) {
            String tier = t.name().text();
            if (dot >= 0 && !tier.equals(word.substring(0, dot))) {
                continue;
            }
            for (PortDef p : t.ports()) {
                String label = tier + "." + p.name().text();
                String detail = p.count() + " x " + p.declaredFormFactor().label() + " " + Quantity.gbps(p.speedGbps())
                        + " on " + t.count() + " " + (t.count() == 1 ? "device" : "devices");
                items.add(new CompletionItem(label, CompletionItem.Kind.PORT, detail, null, label, false,
                        "0" + label, at));
            }
        }
        return items;
    }
}
