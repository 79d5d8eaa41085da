package io.fabriclint.analyzer.model;

import java.util.List;

/** Which source port meets which target port: the `wiring` property of a link (cabling.md §2). */
public enum Wiring {
    /** Slot t goes to target device t mod |B|, round-robin: every leaf to every spine, rail-aligned NICs. */
    STRIPE,
    /** Consecutive slots fill one target device before the next: servers to the switch in their rack. */
    BLOCK;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static List<String> labels() {
        return List.of("stripe", "block");
    }

    public static Wiring ofLabel(String label) {
        for (Wiring w : values()) {
            if (w.label().equals(label)) {
                return w;
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return label();
    }
}
