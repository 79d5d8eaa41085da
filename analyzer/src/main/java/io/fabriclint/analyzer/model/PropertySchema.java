package io.fabriclint.analyzer.model;

import io.fabriclint.syntax.DeclarationKind;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The property table of spec §3: for each declaration kind, the properties it
 * accepts. Validation (FAB004/FAB005/FAB006), completion and hover all read
 * this one table.
 */
public final class PropertySchema {
    private static final Map<DeclarationKind, Map<String, PropertySpec>> TABLE = new EnumMap<>(DeclarationKind.class);

    static {
        kind(DeclarationKind.FABRIC,
                p("pue", ValueType.PUE, "1.0", "Power usage effectiveness: facility power = IT power × pue."),
                p("fec", ValueType.FEC, null, "Default FEC for links (RS544, RS528, none, oFEC, cFEC); else each module's."),
                p("oversubscription", ValueType.RATIO, null,
                        "Target downlink:uplink ratio for every tier that has both, e.g. 1:1 (non-blocking)."),
                p("description", ValueType.STRING, null, "Free text."));
        kind(DeclarationKind.MODULE,
                p("like", ValueType.MODULE_NAME, null, "Start from that module's properties, then override."),
                p("form-factor", ValueType.FORM_FACTOR, null, "The cage it plugs into: SFP28 … QSFP-DD, QSFP-DD800, OSFP, OSFP-XD."),
                p("speed", ValueType.SPEED, null, "Aggregate data rate, e.g. 800G."),
                p("lanes", ValueType.LANES, null,
                        "Optical channel signature `N x RATE FAMILY` (e.g. 8 x 100G DR); ends interoperate when RATE and FAMILY match."),
                p("media", ValueType.MEDIA, null, "MMF, SMF or copper."),
                p("reach", ValueType.REACH, null, "Maximum length per fiber type, e.g. `OM3 70m, OM4 100m` (copper: `3m`)."),
                p("power", ValueType.POWER, null, "Typical module power, used for power budgets."),
                p("connector", ValueType.CONNECTOR, null, "MPO-12, MPO-16, 2xMPO-12, LC, 2xLC, CS, SN or 2xSN."),
                p("fibers", ValueType.COUNT, null, "Fiber strands the module uses."),
                p("fec", ValueType.FEC, null, "FEC the module's lanes require."),
                p("budget", ValueType.LOSS, null, "Channel insertion-loss budget of a single-mode module (enables FAB103)."),
                p("cmis", ValueType.VERSION, null, "Minimum CMIS version the host must support."),
                p("lpo", ValueType.BOOLEAN, "false", "Linear pluggable optics (no DSP): qualified per host ASIC."),
                p("hosts", ValueType.STRING_LIST, null, "Host ASICs an LPO module is qualified with."),
                p("description", ValueType.STRING, null, "Free text."));
        kind(DeclarationKind.RACK,
                p("count", ValueType.COUNT, "1", "Racks in this group."),
                p("height", ValueType.HEIGHT, "42U", "Rack units per rack."),
                p("power", ValueType.POWER, null, "IT power budget of one rack (not checked when absent)."),
                p("description", ValueType.STRING, null, "Free text."));
        kind(DeclarationKind.TIER,
                p("count", ValueType.COUNT, "1", "Devices in the tier."),
                p("rack", ValueType.RACK_NAME, null,
                        "Rack group the devices stand in, spread evenly: each rack holds ceil(count / racks)."),
                p("height", ValueType.HEIGHT, "1U", "Rack units per device."),
                p("power", ValueType.POWER, "0W",
                        "Power per device without pluggable modules (chassis, ASIC, fans; for servers the whole server)."),
                p("asic", ValueType.STRING, null, "Host ASIC or NIC, for LPO qualification."),
                p("cmis", ValueType.VERSION, null, "Highest CMIS version the host supports."),
                p("oversubscription", ValueType.RATIO, null, "Target downlink:uplink ratio for this tier (default: the fabric's)."),
                new PropertySpec("port", ValueType.PORT, null, true,
                        "A port group: `port NAME: N x FORM-FACTOR SPEED [max-power POWER]`, N cages per device."),
                p("description", ValueType.STRING, null, "Free text."));
        kind(DeclarationKind.LINK,
                p("count", ValueType.COUNT, null, "Ports of the source port group used per source device (default: all)."),
                p("module", ValueType.MODULE_PAIR, null, "Module at both ends, or `SOURCE -> TARGET` modules."),
                p("fiber", ValueType.FIBER, null, "OM3, OM4, OM5 or OS2; omitted for copper."),
                p("length", ValueType.LENGTH, null, "The longest cable of this link group."),
                p("connectors", ValueType.COUNT, "2", "Mated connector pairs in the channel (patch panels add more)."),
                p("fec", ValueType.FEC, null, "FEC of this link group (default: the fabric's, else the modules')."),
                p("description", ValueType.STRING, null, "Free text."));
    }

    private PropertySchema() {
    }

    private static PropertySpec p(String name, ValueType type, String defaultValue, String doc) {
        return new PropertySpec(name, type, defaultValue, false, doc);
    }

    private static void kind(DeclarationKind kind, PropertySpec... specs) {
        Map<String, PropertySpec> map = new LinkedHashMap<>();
        for (PropertySpec s : specs) {
            map.put(s.name(), s);
        }
        TABLE.put(kind, map);
    }

    public static PropertySpec lookup(DeclarationKind kind, String name) {
        Map<String, PropertySpec> map = TABLE.get(kind);
        return map == null ? null : map.get(name);
    }

    public static List<PropertySpec> properties(DeclarationKind kind) {
        Map<String, PropertySpec> map = TABLE.get(kind);
        return map == null ? List.of() : new ArrayList<>(map.values());
    }

    /** Properties a new module (without `like`) must set (spec §5, FAB006). */
    public static List<String> requiredForNewModule() {
        return List.of("form-factor", "speed", "lanes", "media");
    }
}
