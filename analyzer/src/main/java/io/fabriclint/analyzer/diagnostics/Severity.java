package io.fabriclint.analyzer.diagnostics;

/** How serious a diagnostic is; `off` exists only in configuration. */
public enum Severity {
    ERROR("error"), WARNING("warning"), INFO("info");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Severity ofLabel(String label) {
        for (Severity s : values()) {
            if (s.label.equals(label)) {
                return s;
            }
        }
        return null;
    }
}
