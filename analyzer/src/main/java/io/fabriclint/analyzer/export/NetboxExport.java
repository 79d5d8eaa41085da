package io.fabriclint.analyzer.export;

import io.fabriclint.analyzer.cabling.Cable;
import io.fabriclint.analyzer.cabling.CablePlan;
import io.fabriclint.analyzer.catalog.Fiber;
import io.fabriclint.analyzer.model.PortDef;
import io.fabriclint.analyzer.physical.LinkPlan;
import io.fabriclint.analyzer.values.Quantity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * `fabric export --to netbox`: NetBox bulk-import CSV for devices, interfaces
 * and planned cables (cabling.md §4), with NetBox's own interface-type and
 * cable-type slugs. NetBox lets one cable end on an interface, so a broken-out
 * port is one interface per leg (`down-3/1`, `down-3/2`), each with its cable;
 * every interface then appears in exactly one cable and the file is written
 * from the cable stream. Cables without a port at an end (FAB301) are left out.
 */
public final class NetboxExport {
    public static final List<String> DEVICE_COLUMNS = List.of("name", "role", "manufacturer", "device_type", "site",
            "rack", "position", "face", "status");
    public static final List<String> INTERFACE_COLUMNS = List.of("device", "name", "type", "speed");
    public static final List<String> CABLE_COLUMNS = List.of("side_a_device", "side_a_type", "side_a_name",
            "side_b_device", "side_b_type", "side_b_name", "type", "status", "length", "length_unit", "label");
    private static final String STATUS = "planned";
    private static final String TERMINATION = "dcim.interface";

    private NetboxExport() {
    }

    /** devices.csv: every device of every tier, with its rack and position (face `front` when placed). */
    public static long devices(CablePlan cables, String site, String manufacturer, Writer out) throws IOException {
        out.write(String.join(",", DEVICE_COLUMNS) + "\n");
        long[] n = {0};
        StringBuilder row = new StringBuilder(128);
        run(() -> cables.forEachDevice(d -> {
            row.setLength(0);
            CutSheetCsv.field(row, d.name()).append(',');
            CutSheetCsv.field(row, d.tier().name().text()).append(',');
            CutSheetCsv.field(row, manufacturer).append(',');
            CutSheetCsv.field(row, d.deviceType()).append(',');
            CutSheetCsv.field(row, site).append(',');
            CutSheetCsv.field(row, d.rack()).append(',');
            if (d.rack() != null && d.unit() != null) {
                row.append(CablePlan.plain(d.unit())).append(",front");
            } else {
                row.append(',');
            }
            row.append(',').append(STATUS).append('\n');
            write(out, row);
            n[0]++;
        }));
        return n[0];
    }

    /** interfaces.csv: both ends of every placed cable, typed by their cage, speed in kb/s. */
    public static long interfaces(CablePlan cables, Writer out) throws IOException {
        out.write(String.join(",", INTERFACE_COLUMNS) + "\n");
        long[] n = {0};
        StringBuilder row = new StringBuilder(128);
        for (LinkPlan l : cables.links()) {
            String aType = interfaceType(l.sourcePort());
            String bType = interfaceType(l.targetPort());
            long aSpeed = kbps(l.sourcePort(), l.wiring().sourceLegs());
            long bSpeed = kbps(l.targetPort(), l.wiring().targetLegs());
            run(() -> cables.forEach(l, c -> {
                if (c.unplaced()) {
                    return;
                }
                row.setLength(0);
                interfaceRow(row, c.a(), aType, aSpeed);
                interfaceRow(row, c.z(), bType, bSpeed);
                write(out, row);
                n[0] += 2;
            }));
        }
        return n[0];
    }

    private static void interfaceRow(StringBuilder row, Cable.End e, String type, long speed) {
        CutSheetCsv.field(row, e.device()).append(',');
        CutSheetCsv.field(row, e.interfaceName()).append(',').append(type).append(',').append(speed).append('\n');
    }

    /** cables.csv: one planned cable per placed cable (one per leg of a broken-out port). */
    public static long cables(CablePlan cables, Writer out) throws IOException {
        out.write(String.join(",", CABLE_COLUMNS) + "\n");
        long[] n = {0};
        StringBuilder row = new StringBuilder(160);
        run(() -> cables.forEach(c -> {
            if (c.unplaced()) {
                return;
            }
            row.setLength(0);
            CutSheetCsv.field(row, c.a().device()).append(',').append(TERMINATION).append(',');
            CutSheetCsv.field(row, c.a().interfaceName()).append(',');
            CutSheetCsv.field(row, c.z().device()).append(',').append(TERMINATION).append(',');
            CutSheetCsv.field(row, c.z().interfaceName()).append(',');
            row.append(cableType(c)).append(',').append(STATUS).append(',');
            if (c.lengthMeters() != null) {
                // NetBox keeps lengths to two decimals.
                row.append(Quantity.format(c.lengthMeters(), 2)).append(",m");
            } else {
                row.append(',');
            }
            row.append(',');
            CutSheetCsv.field(row, c.label()).append('\n');
            write(out, row);
            n[0]++;
        }));
        return n[0];
    }

    /** NetBox's cable type for the link's fiber; `dac-passive` for copper; empty when the link names no fiber. */
    static String cableType(Cable c) {
        if (c.fiber() == null) {
            return c.copper() ? "dac-passive" : "";
        }
        return switch (Fiber.ofLabel(c.fiber())) {
            case OM3 -> "mmf-om3";
            case OM4 -> "mmf-om4";
            case OM5 -> "mmf-om5";
            case OS2 -> "smf-os2";
            case COPPER -> "dac-passive";
        };
    }

    /**
     * NetBox's interface type for a cage at the port's speed (dcim/choices.py, InterfaceTypeChoices: the
     * pluggable Ethernet types); `other` for a cage NetBox has no type for (OSFP-XD).
     */
    public static String interfaceType(PortDef port) {
        double g = port.speedGbps();
        return switch (port.cage()) {
            case SFP28 -> g <= 10 ? "10gbase-x-sfpp" : "25gbase-x-sfp28";
            case SFP56 -> "50gbase-x-sfp56";
            case QSFP28 -> g <= 40 ? "40gbase-x-qsfpp" : g <= 50 ? "50gbase-x-sfp28" : "100gbase-x-qsfp28";
            case QSFP56 -> "200gbase-x-qsfp56";
            case QSFP112 -> "400gbase-x-qsfp112";
            case QSFP_DD -> g <= 100 ? "100gbase-x-qsfpdd" : g <= 200 ? "200gbase-x-qsfpdd" : "400gbase-x-qsfpdd";
            case QSFP_DD800 -> g <= 800 ? "800gbase-x-qsfpdd" : "1.6tbase-x-qsfpdd1600";
            case OSFP -> g <= 400 ? "400gbase-x-osfp" : g <= 800 ? "800gbase-x-osfp" : "1.6tbase-x-osfp1600";
            case OSFP_XD -> "other";
        };
    }

    /** The speed of one interface in kb/s: the port's, divided among its legs. */
    static long kbps(PortDef port, long legs) {
        return Math.round(port.speedGbps() * 1_000_000 / Math.max(1, legs));
    }

    private static void write(Writer out, CharSequence text) {
        try {
            out.append(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs a streaming loop whose sink writes, turning the sink's unchecked I/O failure back into an IOException. */
    static void run(Runnable loop) throws IOException {
        try {
            loop.run();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
