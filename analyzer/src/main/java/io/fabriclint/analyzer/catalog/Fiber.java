package io.fabriclint.analyzer.catalog;

/** Fiber types a link may name (spec §3.5), and `copper` as a reach key for cables. */
public enum Fiber {
    OM3(Media.MMF), OM4(Media.MMF), OM5(Media.MMF), OS2(Media.SMF), COPPER(Media.COPPER);

    private final Media media;

    Fiber(Media media) {
        this.media = media;
    }

    public Media media() {
        return media;
    }

    public String label() {
        return this == COPPER ? "copper" : name();
    }

    public static Fiber ofLabel(String label) {
        for (Fiber f : values()) {
            if (f.label().equals(label)) {
                return f;
            }
        }
        return null;
    }

    /** The values `fiber` accepts on a link (copper links name no fiber). */
    public static java.util.List<String> linkLabels() {
        return java.util.List.of("OM3", "OM4", "OM5", "OS2");
    }
}
