package io.fabriclint.analyzer.catalog;

import java.util.EnumSet;
import java.util.Set;

/**
 * Pluggable form factors (spec §3.2) with the front-panel density limit of a
 * cage (cages per rack unit) and which module shells a cage accepts
 * (optics.md §2, "Cage / plug compatibility").
 */
public enum FormFactor {
    SFP28("SFP28", 48), SFP56("SFP56", 48),
    QSFP28("QSFP28", 36), QSFP56("QSFP56", 36), QSFP112("QSFP112", 36),
    QSFP_DD("QSFP-DD", 36), QSFP_DD800("QSFP-DD800", 32),
    OSFP("OSFP", 32), OSFP_XD("OSFP-XD", 16);

    private final String label;
    private final int cagesPerUnit;

    FormFactor(String label, int cagesPerUnit) {
        this.label = label;
        this.cagesPerUnit = cagesPerUnit;
    }

    public String label() {
        return label;
    }

    public int cagesPerUnit() {
        return cagesPerUnit;
    }

    /** Module shells this cage takes. QSFP-DD800 is the QSFP-DD shell; the speed rule tells 400G from 800G hosts. */
    public Set<FormFactor> accepts() {
        return switch (this) {
            case SFP28 -> EnumSet.of(SFP28, SFP56);
            case SFP56 -> EnumSet.of(SFP28, SFP56);
            case QSFP28, QSFP56, QSFP112 -> EnumSet.of(QSFP28, QSFP56, QSFP112);
            case QSFP_DD, QSFP_DD800 -> EnumSet.of(QSFP28, QSFP56, QSFP112, QSFP_DD, QSFP_DD800);
            case OSFP -> EnumSet.of(OSFP);
            case OSFP_XD -> EnumSet.of(OSFP_XD);
        };
    }

    public boolean fits(FormFactor module) {
        return accepts().contains(module);
    }

    /** The cage a port declaration describes: `QSFP-DD` above 400G is a QSFP-DD800 cage (spec §3.2). */
    public FormFactor cageAt(double speedGbps) {
        return this == QSFP_DD && speedGbps > 400 ? QSFP_DD800 : this;
    }

    public static FormFactor ofLabel(String label) {
        for (FormFactor f : values()) {
            if (f.label.equals(label)) {
                return f;
            }
        }
        return null;
    }

    public static java.util.List<String> labels() {
        return java.util.Arrays.stream(values()).map(FormFactor::label).toList();
    }
}
