package io.fabriclint.analyzer.catalog;

/** Transmission media of a module. */
public enum Media {
    MMF("multimode"), SMF("single-mode"), COPPER("copper");

    private final String description;

    Media(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    public String label() {
        return this == COPPER ? "copper" : name();
    }

    public static Media ofLabel(String label) {
        for (Media m : values()) {
            if (m.label().equals(label)) {
                return m;
            }
        }
        return null;
    }
}
