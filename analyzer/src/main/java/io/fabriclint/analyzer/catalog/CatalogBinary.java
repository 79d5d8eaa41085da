package io.fabriclint.analyzer.catalog;

import io.fabriclint.analyzer.values.Version;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in catalog as the build leaves it beside its JSON: the same modules, written as plain
 * fields (numbers as the exact doubles the JSON's quantities parse to), so that a command starts
 * without parsing JSON, lanes and quantities: that was 30 to 50 ms of every start (see
 * docs/performance.md). The build runs {@link #main} on the JSON at `process-classes`
 * (analyzer/pom.xml); {@link ModuleCatalog} reads the JSON itself when the binary is missing.
 * Written and read by the same build, so the format needs no versioning beyond a marker.
 */
final class CatalogBinary {
    static final String RESOURCE = "/io/fabriclint/catalog/builtin-catalog.bin";
    private static final int MARKER = 0x46414231; // "FAB1"

    private CatalogBinary() {
    }

    /** Build step: {@code CatalogBinary catalog.json catalog.bin}. */
    public static void main(String[] args) throws IOException, CatalogException {
        Path json = Path.of(args[0]);
        List<ModuleSpec> modules = CatalogJson.read(Files.readString(json, StandardCharsets.UTF_8),
                json.getFileName(), ModuleSpec.Origin.BUILT_IN);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(Path.of(args[1]))))) {
            write(modules, out);
        }
    }

    static void write(List<ModuleSpec> modules, DataOutputStream out) throws IOException {
        out.writeInt(MARKER);
        out.writeInt(modules.size());
        for (ModuleSpec m : modules) {
            out.writeUTF(m.name());
            writeEnum(out, m.formFactor());
            writeDouble(out, m.speedGbps());
            out.writeBoolean(m.lanes() != null);
            if (m.lanes() != null) {
                out.writeInt(m.lanes().count());
                out.writeDouble(m.lanes().rateGbps());
                out.writeUTF(m.lanes().family());
            }
            writeEnum(out, m.media());
            out.writeInt(m.reachMeters() == null ? -1 : m.reachMeters().size());
            if (m.reachMeters() != null) {
                for (Map.Entry<Fiber, Double> e : m.reachMeters().entrySet()) {
                    out.writeByte(e.getKey().ordinal());
                    out.writeDouble(e.getValue());
                }
            }
            writeDouble(out, m.powerWatts());
            writeString(out, m.connector());
            out.writeBoolean(m.fibers() != null);
            if (m.fibers() != null) {
                out.writeInt(m.fibers());
            }
            writeEnum(out, m.fec());
            writeDouble(out, m.budgetDb());
            out.writeBoolean(m.cmis() != null);
            if (m.cmis() != null) {
                out.writeInt(m.cmis().major());
                out.writeInt(m.cmis().minor());
            }
            out.writeBoolean(m.lpo());
            out.writeInt(m.hosts().size());
            for (String h : m.hosts()) {
                out.writeUTF(h);
            }
            writeString(out, m.description());
            writeString(out, m.source());
        }
    }

    /** The modules of the built-in catalog, as {@link CatalogJson} reads them from the JSON. */
    static List<ModuleSpec> read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream));
        if (in.readInt() != MARKER) {
            throw new IOException("not a built-in catalog");
        }
        int count = in.readInt();
        List<ModuleSpec> modules = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = in.readUTF();
            FormFactor formFactor = readEnum(in, FormFactor.values());
            Double speed = readDouble(in);
            Lanes lanes = in.readBoolean() ? new Lanes(in.readInt(), in.readDouble(), in.readUTF()) : null;
            Media media = readEnum(in, Media.values());
            int reaches = in.readInt();
            Map<Fiber, Double> reach = null;
            if (reaches >= 0) {
                reach = new LinkedHashMap<>();
                Fiber[] fibers = Fiber.values();
                for (int r = 0; r < reaches; r++) {
                    Fiber fiber = fibers[in.readByte()];
                    reach.put(fiber, in.readDouble());
                }
            }
            Double power = readDouble(in);
            String connector = readString(in);
            Integer fiberCount = in.readBoolean() ? in.readInt() : null;
            Fec fec = readEnum(in, Fec.values());
            Double budget = readDouble(in);
            Version cmis = in.readBoolean() ? new Version(in.readInt(), in.readInt()) : null;
            boolean lpo = in.readBoolean();
            int hostCount = in.readInt();
            List<String> hosts = new ArrayList<>(hostCount);
            for (int h = 0; h < hostCount; h++) {
                hosts.add(in.readUTF());
            }
            modules.add(new ModuleSpec(name, formFactor, speed, lanes, media, reach, power, connector, fiberCount, fec,
                    budget, cmis, lpo, List.copyOf(hosts), readString(in), readString(in), ModuleSpec.Origin.BUILT_IN));
        }
        return modules;
    }

    private static void writeEnum(DataOutputStream out, Enum<?> value) throws IOException {
        out.writeByte(value == null ? -1 : value.ordinal());
    }

    private static <E extends Enum<E>> E readEnum(DataInputStream in, E[] values) throws IOException {
        int ordinal = in.readByte();
        return ordinal < 0 ? null : values[ordinal];
    }

    private static void writeDouble(DataOutputStream out, Double value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeDouble(value);
        }
    }

    private static Double readDouble(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readDouble() : null;
    }

    private static void writeString(DataOutputStream out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value);
        }
    }

    private static String readString(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
