package io.fabriclint.analyzer.model;

import io.fabriclint.analyzer.catalog.Fec;
import io.fabriclint.analyzer.catalog.Fiber;
import io.fabriclint.analyzer.catalog.FormFactor;
import io.fabriclint.analyzer.catalog.Lanes;
import io.fabriclint.analyzer.catalog.Media;
import io.fabriclint.analyzer.model.PropertySpec.Requirement;
import io.fabriclint.analyzer.values.Ratio;
import io.fabriclint.analyzer.values.Unit;
import io.fabriclint.analyzer.values.Version;
import io.fabriclint.syntax.DeclarationKind;
import io.fabriclint.syntax.Name;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The property table of spec §3, the one place a property is described: for
 * each declaration kind, the properties it accepts with their type, default,
 * minimum and whether they are required. The model builder reads values
 * through these specs; validation (FAB004/FAB005/FAB006), completion and hover
 * read the same table.
 */
public final class PropertySchema {
    // The constants are built by PropertySpec's factories, never by this class: a nested class initialized
    // first (ModelBuilder reads Tier.COUNT) must not initialize this class half-way through its own.
    private static final Map<DeclarationKind, Map<String, PropertySpec<?>>> TABLE = new EnumMap<>(DeclarationKind.class);

    /** `fabric NAME { … }`. */
    public static final class Fabric {
        public static final PropertySpec<Double> PUE = PropertySpec.optional("pue", ValueType.PUE, ValueReader::pue, 1.0,
                "Power usage effectiveness: facility power = IT power × pue.");
        public static final PropertySpec<Fec> FEC = PropertySpec.optional("fec", ValueType.FEC, ValueReader::fec, null,
                "Default FEC for links (RS544, RS528, none, oFEC, cFEC); else each module's.");
        public static final PropertySpec<Ratio> OVERSUBSCRIPTION = PropertySpec.optional("oversubscription", ValueType.RATIO,
                ValueReader::ratio, null, "Target downlink:uplink ratio for every tier that has both, e.g. 1:1 (non-blocking).");
        public static final PropertySpec<String> DESCRIPTION = PropertySpec.description();

        private Fabric() {
        }
    }

    /** `module NAME { … }`: a transceiver or cable type. */
    public static final class Module {
        public static final PropertySpec<Name> LIKE = PropertySpec.optional("like", ValueType.MODULE_NAME, ValueReader::word, null,
                "Start from that module's properties, then override.");
        public static final PropertySpec<FormFactor> FORM_FACTOR = PropertySpec.required("form-factor", ValueType.FORM_FACTOR,
                ValueReader::formFactor, Requirement.REQUIRED_WITHOUT_LIKE,
                "The cage it plugs into: SFP28 … QSFP-DD, QSFP-DD800, OSFP, OSFP-XD.");
        public static final PropertySpec<Double> SPEED = PropertySpec.required("speed", ValueType.SPEED,
                (r, n, v) -> r.quantity(n, v, Unit.Dimension.SPEED), Requirement.REQUIRED_WITHOUT_LIKE,
                "Aggregate data rate, e.g. 800G.");
        public static final PropertySpec<Lanes> LANES = PropertySpec.required("lanes", ValueType.LANES, ValueReader::lanes,
                Requirement.REQUIRED_WITHOUT_LIKE,
                "Optical channel signature `N x RATE FAMILY` (e.g. 8 x 100G DR); ends interoperate when RATE and FAMILY match.");
        public static final PropertySpec<Media> MEDIA = PropertySpec.required("media", ValueType.MEDIA, ValueReader::media,
                Requirement.REQUIRED_WITHOUT_LIKE, "MMF, SMF or copper.");
        public static final PropertySpec<Map<Fiber, Double>> REACH = PropertySpec.optional("reach", ValueType.REACH, ValueReader::reach, null,
                "Maximum length per fiber type, e.g. `OM3 70m, OM4 100m` (copper: `3m`).");
        public static final PropertySpec<Double> POWER = PropertySpec.optional("power", ValueType.POWER,
                (r, n, v) -> r.quantity(n, v, Unit.Dimension.POWER), null, "Typical module power, used for power budgets.");
        public static final PropertySpec<String> CONNECTOR = PropertySpec.optional("connector", ValueType.CONNECTOR, ValueReader::connector,
                null, "MPO-12, MPO-16, 2xMPO-12, LC, 2xLC, CS, SN or 2xSN.");
        public static final PropertySpec<Integer> FIBERS = PropertySpec.optional("fibers", ValueType.COUNT, (r, n, v) -> r.count(n, v, 0),
                null, "Fiber strands the module uses.");
        public static final PropertySpec<Fec> FEC = PropertySpec.optional("fec", ValueType.FEC, ValueReader::fec, null,
                "FEC the module's lanes require.");
        public static final PropertySpec<Double> BUDGET = PropertySpec.optional("budget", ValueType.LOSS,
                (r, n, v) -> r.quantity(n, v, Unit.Dimension.LOSS), null,
                "Channel insertion-loss budget of a single-mode module (enables FAB103).");
        public static final PropertySpec<Version> CMIS = PropertySpec.optional("cmis", ValueType.VERSION, ValueReader::version, null,
                "Minimum CMIS version the host must support.");
        public static final PropertySpec<Boolean> LPO = PropertySpec.optional("lpo", ValueType.BOOLEAN, ValueReader::bool, false,
                "Linear pluggable optics (no DSP): qualified per host ASIC.");
        public static final PropertySpec<List<String>> HOSTS = PropertySpec.optional("hosts", ValueType.STRING_LIST, ValueReader::stringList,
                null, "Host ASICs an LPO module is qualified with.");
        public static final PropertySpec<String> DESCRIPTION = PropertySpec.description();

        private Module() {
        }
    }

    /** `rack NAME { … }`: a group of identical racks. */
    public static final class Rack {
        public static final PropertySpec<Integer> COUNT = PropertySpec.optional("count", ValueType.COUNT, (r, n, v) -> r.count(n, v, 1), 1,
                "Racks in this group.");
        public static final PropertySpec<Double> HEIGHT = PropertySpec.optional("height", ValueType.HEIGHT,
                (r, n, v) -> r.quantity(n, v, Unit.Dimension.HEIGHT), 42.0, "Rack units per rack.");
        public static final PropertySpec<Double> POWER = PropertySpec.optional("power", ValueType.POWER,
                (r, n, v) -> r.quantity(n, v, Unit.Dimension.POWER), null,
                "IT power budget of one rack (not checked when absent).");
        public static final PropertySpec<String> DESCRIPTION = PropertySpec.description();

        private Rack() {
        }
    }

    /** `tier NAME { … }`: a group of identical devices. */
    public static final class Tier {
        public static final PropertySpec<Integer> COUNT = PropertySpec.optional("count", ValueType.COUNT, (r, n, v) -> r.count(n, v, 1), 1,
                "Devices in the tier.");
        public static final PropertySpec<Name> RACK = PropertySpec.optional("rack", ValueType.RACK_NAME, ValueReader::word, null,
                "Rack group the devices stand in, spread evenly: each rack holds ceil(count / racks).");
        public static final PropertySpec<Double> HEIGHT = PropertySpec.optional("height", ValueType.HEIGHT,
                (r, n, v) -> r.quantity(n, v, Unit.Dimension.HEIGHT), 1.0, "Rack units per device.");
        public static final PropertySpec<Double> POWER = PropertySpec.optional("power", ValueType.POWER,
                (r, n, v) -> r.quantity(n, v, Unit.Dimension.POWER), 0.0,
                "Power per device without pluggable modules (chassis, ASIC, fans; for servers the whole server).");
        public static final PropertySpec<String> ASIC = PropertySpec.optional("asic", ValueType.STRING, ValueReader::string, null,
                "Host ASIC or NIC, for LPO qualification.");
        public static final PropertySpec<Version> CMIS = PropertySpec.optional("cmis", ValueType.VERSION, ValueReader::version, null,
                "Highest CMIS version the host supports.");
        public static final PropertySpec<Ratio> OVERSUBSCRIPTION = PropertySpec.optional("oversubscription", ValueType.RATIO,
                ValueReader::ratio, null, "Target downlink:uplink ratio for this tier (default: the fabric's).");
        public static final PropertySpec<PortValue> PORT = new PropertySpec<>("port", ValueType.PORT, ValueReader::port,
                null, Requirement.OPTIONAL, true,
                "A port group: `port NAME: N x FORM-FACTOR SPEED [max-power POWER]`, N cages per device.");
        public static final PropertySpec<Template> NAMES = PropertySpec.optional("names", ValueType.NAME_TEMPLATE,
                (r, n, v) -> r.template(n, v, List.of("tier", "n", "i")), Template.DEVICE_NAMES,
                "Device names for cables and exports: {tier}, {n} (zero-padded number), {i} (unpadded).");
        public static final PropertySpec<Template> INTERFACES = PropertySpec.optional("interfaces",
                ValueType.INTERFACE_TEMPLATE, (r, n, v) -> r.template(n, v, List.of("port", "k", "cage")),
                Template.PORT_NAMES, "Port names for cables and exports: {port} (group name), {k} (index in the group), "
                        + "{cage} (index over all the device's cages), e.g. \"Ethernet{cage}/1\".");
        public static final PropertySpec<String> MODEL = PropertySpec.optional("model", ValueType.STRING, ValueReader::string,
                null, "Device type for exports (NetBox device_type); default: the tier name.");
        public static final PropertySpec<String> DESCRIPTION = PropertySpec.description();

        private Tier() {
        }
    }

    /** `link A.p -> B.q { … }`: a group of identical links. */
    public static final class Link {
        public static final PropertySpec<Integer> COUNT = PropertySpec.optional("count", ValueType.COUNT, (r, n, v) -> r.count(n, v, 1), null,
                "Ports of the source port group used per source device (default: all).");
        public static final PropertySpec<ModulePair> MODULE = PropertySpec.required("module", ValueType.MODULE_PAIR,
                ValueReader::modulePair, Requirement.REQUIRED, "Module at both ends, or `SOURCE -> TARGET` modules.");
        public static final PropertySpec<Fiber> FIBER = PropertySpec.optional("fiber", ValueType.FIBER, ValueReader::fiber, null,
                "OM3, OM4, OM5 or OS2; omitted for copper.");
        public static final PropertySpec<Double> LENGTH = PropertySpec.optional("length", ValueType.LENGTH,
                (r, n, v) -> r.quantity(n, v, Unit.Dimension.LENGTH), null, "The longest cable of this link group.");
        public static final PropertySpec<Integer> CONNECTORS = PropertySpec.optional("connectors", ValueType.COUNT,
                (r, n, v) -> r.count(n, v, 0), 2, "Mated connector pairs in the channel (patch panels add more).");
        public static final PropertySpec<Fec> FEC = PropertySpec.optional("fec", ValueType.FEC, ValueReader::fec, null,
                "FEC of this link group (default: the fabric's, else the modules').");
        public static final PropertySpec<Wiring> WIRING = PropertySpec.optional("wiring", ValueType.WIRING, ValueReader::wiring,
                Wiring.STRIPE, "Which source port meets which target port: stripe (round-robin over the target devices) "
                        + "or block (fill one target device before the next).");
        public static final PropertySpec<Template> LABELS = PropertySpec.optional("labels", ValueType.LABEL_TEMPLATE,
                (r, n, v) -> r.template(n, v, List.of("n", "i")), Template.CABLE_LABELS,
                "Cable labels: {n} (cable number, zero-padded), {i} (unpadded).");
        public static final PropertySpec<String> DESCRIPTION = PropertySpec.description();

        private Link() {
        }
    }

    static {
        kind(DeclarationKind.FABRIC, Fabric.PUE, Fabric.FEC, Fabric.OVERSUBSCRIPTION, Fabric.DESCRIPTION);
        kind(DeclarationKind.MODULE, Module.LIKE, Module.FORM_FACTOR, Module.SPEED, Module.LANES, Module.MEDIA,
                Module.REACH, Module.POWER, Module.CONNECTOR, Module.FIBERS, Module.FEC, Module.BUDGET, Module.CMIS,
                Module.LPO, Module.HOSTS, Module.DESCRIPTION);
        kind(DeclarationKind.RACK, Rack.COUNT, Rack.HEIGHT, Rack.POWER, Rack.DESCRIPTION);
        kind(DeclarationKind.TIER, Tier.COUNT, Tier.RACK, Tier.HEIGHT, Tier.POWER, Tier.ASIC, Tier.CMIS,
                Tier.OVERSUBSCRIPTION, Tier.PORT, Tier.NAMES, Tier.INTERFACES, Tier.MODEL, Tier.DESCRIPTION);
        kind(DeclarationKind.LINK, Link.COUNT, Link.MODULE, Link.FIBER, Link.LENGTH, Link.CONNECTORS, Link.FEC,
                Link.WIRING, Link.LABELS, Link.DESCRIPTION);
    }

    private PropertySchema() {
    }

    private static void kind(DeclarationKind kind, PropertySpec<?>... specs) {
        Map<String, PropertySpec<?>> map = new LinkedHashMap<>();
        for (PropertySpec<?> s : specs) {
            map.put(s.name(), s);
        }
        TABLE.put(kind, map);
    }

    public static PropertySpec<?> lookup(DeclarationKind kind, String name) {
        Map<String, PropertySpec<?>> map = TABLE.get(kind);
        return map == null ? null : map.get(name);
    }

    public static List<PropertySpec<?>> properties(DeclarationKind kind) {
        Map<String, PropertySpec<?>> map = TABLE.get(kind);
        return map == null ? List.of() : new ArrayList<>(map.values());
    }
}
