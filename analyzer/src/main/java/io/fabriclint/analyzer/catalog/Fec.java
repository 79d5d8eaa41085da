package io.fabriclint.analyzer.catalog;

/** Forward error correction schemes (optics.md §0): KP4 = RS(544,514), KR4 = RS(528,514). */
public enum Fec {
    RS544("RS544", "RS(544,514) \"KP4\""), RS528("RS528", "RS(528,514) \"KR4\""), NONE("none", "no FEC"),
    OFEC("oFEC", "open FEC (OpenZR+, 800ZR)"), CFEC("cFEC", "concatenated FEC (400ZR)");

    private final String label;
    private final String description;

    Fec(String label, String description) {
        this.label = label;
        this.description = description;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }

    public static Fec ofLabel(String label) {
        for (Fec f : values()) {
            if (f.label.equals(label)) {
                return f;
            }
        }
        return null;
    }

    public static java.util.List<String> labels() {
        return java.util.Arrays.stream(values()).map(Fec::label).toList();
    }
}
