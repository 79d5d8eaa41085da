package io.fabriclint.analyzer.cabling;

/**
 * One cable of the cut sheet (cabling.md §3): its label, link group, both
 * ends, fiber, length and strands. Computed on demand by {@link CablePlan};
 * never stored in bulk.
 *
 * @param number       1-based over the whole model
 * @param link         the link group, `leaf.up->spine.down`
 * @param fiber        `OS2`; null for copper or a link that names none
 * @param copper       true when the source module is copper (a DAC)
 * @param lengthMeters null when the link has no length
 */
public record Cable(long number, String label, String link, End a, End z, String fiber, boolean copper,
                    Double lengthMeters, long strands) {

    /**
     * One end of a cable.
     *
     * @param port   null when the device has no free port left for it (FAB301): the cable is unplaced
     * @param leg    1-based leg of a broken-out port, 0 when the port is not broken out
     * @param rack   null when the tier stands in no rack
     * @param unit   lowest rack unit, null when the tier has no rack or the device does not fit (FAB303)
     * @param module module name as written on the link
     */
    public record End(String device, String port, long leg, String rack, Double unit, String module) {
        /** The port, and its leg when it is broken out: `down-3/2`, the name exports give a leg. */
        public String interfaceName() {
            return port == null ? null : leg > 0 ? port + "/" + leg : port;
        }
    }

    /** True when an end has no port (the group ran out of ports). */
    public boolean unplaced() {
        return a.port() == null || z.port() == null;
    }
}
