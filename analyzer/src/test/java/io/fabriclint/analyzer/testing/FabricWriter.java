package io.fabriclint.analyzer.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes a random, syntactically valid fabric with random layout: joined with
 * `;`, spread over lines, comments and suppression comments everywhere, blank
 * lines, tabs, CRLF. For property and fuzz tests.
 */
public final class FabricWriter {
    private static final String[] TIERS = {"gpu", "leaf", "spine"};
    private static final String[] PORTS = {"nic", "down", "up"};
    /** Codes that the generated fabrics report, at names, headers, properties and values. */
    private static final String[] CODES = {"FAB502", "FAB304", "FAB101", "FAB002", "FAB005", "FAB301", "FAB303",
        "FAB003", "FAB006", "FAB201", "FAB202", "FAB203", "FAB305", "FAB501"};
    private final Random r;
    private final StringBuilder out = new StringBuilder();
    private final String nl;

    public FabricWriter(Random r) {
        this.r = r;
        this.nl = r.nextInt(8) == 0 ? "\r\n" : "\n";
    }

    public String file() {
        if (r.nextBoolean()) {
            out.append(pick("// header comment", "/* header\n   block */", "// fabric-lint: ignore-file FAB502"))
                    .append(nl);
        }
        int n = 1 + r.nextInt(7);
        for (int k = 0; k < n; k++) {
            if (k > 0 || r.nextBoolean()) {
                out.append(pick(nl, nl + nl, nl + nl + nl, " ", ";", nl + "// about the next one" + nl,
                        "  // trailing" + nl, nl + "/* own */ ", nl + ";" + nl, nl + suppression(true) + nl,
                        " " + suppression(true) + nl, nl + suppression(false) + " ", nl + suppression(true) + nl + nl));
            }
            declaration();
        }
        out.append(pick("", nl, nl + nl, "  // the end", nl + "// the end   " + nl));
        return out.toString();
    }

    private void declaration() {
        switch (r.nextInt(6)) {
            case 0 -> {
                out.append("import").append(headerGap()).append("\"missing-").append(r.nextInt(3))
                        .append(".fabric\"");
            }
            case 1 -> block("rack", pick("compute", "network"), List.of(
                    List.of("count", String.valueOf(1 + r.nextInt(8))), List.of("height", "42U"),
                    List.of("power", pick("20kW", "9.5kW", "45kW"))));
            case 2 -> block("tier", pick(TIERS), List.of(
                    List.of("count", String.valueOf(1 + r.nextInt(32))), List.of("rack", pick("compute", "network")),
                    List.of("height", pick("1U", "2U", "8U")), List.of("power", pick("750W", "10.2kW")),
                    List.of("asic", "\"Tomahawk 5\""), List.of("cmis", "5.0"), List.of("oversubscription", "1:1"),
                    port(), port(), port()));
            case 3 -> link();
            case 4 -> block("module", pick("ACME-1", "QDD-800G-DR8"), List.of(
                    List.of("like", "QDD-800G-DR8"), List.of("power", "16W"),
                    List.of("reach", "OS2", "2km", ",", "OM4", "100m"),
                    List.of("hosts", "[", "\"Tomahawk 5\"", ",", "\"Spectrum-4\"", "]"),
                    List.of("lanes", "8", "x", "100G", "DR"), List.of("lpo", "true"),
                    List.of("description", "\"a \\\"module\\\"\"")));
            default -> block("fabric", "f", List.of(List.of("pue", "1.3"), List.of("oversubscription", "3:1"),
                    List.of("fec", "RS544"), List.of("colour", "blue")));
        }
    }

    private List<String> port() {
        List<String> p = new ArrayList<>(List.of("port", pick(PORTS), ":", String.valueOf(1 << r.nextInt(7))));
        if (r.nextBoolean()) {
            p.add("x");
        } else {
            p.set(3, p.get(3) + "x");
        }
        p.addAll(List.of(pick("OSFP", "QSFP-DD"), pick("400G", "800G")));
        if (r.nextBoolean()) {
            p.addAll(List.of("max-power", "18W"));
        }
        return p;
    }

    private void link() {
        out.append("link").append(headerGap()).append(pick(TIERS)).append(tight()).append('.').append(tight())
                .append(pick(PORTS)).append(headerGap()).append("->").append(headerGap()).append(pick(TIERS))
                .append(tight()).append('.').append(tight()).append(pick(PORTS));
        body(List.of(List.of("module", pick("OSFP-800G-DR8", "QDD-400G-SR8")),
                List.of("module", "OSFP-400G-SR4", "->", "OSFP-800G-2SR4"), List.of("fiber", pick("OM4", "OS2")),
                List.of("length", pick("30m", "150m", "2km")), List.of("count", "4"), List.of("connectors", "4")));
    }

    private void block(String keyword, String name, List<List<String>> properties) {
        out.append(keyword).append(headerGap()).append(name);
        body(properties);
    }

    private void body(List<List<String>> properties) {
        out.append(headerGap()).append('{');
        out.append(pick("", " ", nl, nl + nl, " // after the brace" + nl, nl + "  /* first */ ",
                " " + suppression(true) + nl, " " + suppression(false) + " "));
        int n = r.nextInt(properties.size() + 1);
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                out.append(pick(nl, nl, nl + nl, nl + nl + nl, "; ", ";", " ;" + nl, "  // trailing" + nl,
                        nl + "  // own line" + nl, " /* tb */" + nl, nl + "/* lead */ ", "; /* after ; */ ",
                        "  // fabric-lint: ignore FAB304" + nl, nl + "// fabric-lint: ignore FAB301 FAB304" + nl,
                        "  " + suppression(true) + nl, nl + suppression(true) + nl, "; " + suppression(false) + " ",
                        nl + suppression(false) + " "));
            }
            property(properties.get(r.nextInt(properties.size())));
        }
        out.append(pick("", " ", nl, nl + nl, " /* before brace */ ", "  // last" + nl));
        out.append('}');
    }

    private void property(List<String> tokens) {
        boolean inList = false;
        for (int k = 0; k < tokens.size(); k++) {
            String t = tokens.get(k);
            if (k > 0) {
                boolean punct = t.equals(":") || t.equals(",") || t.equals("]") || tokens.get(k - 1).equals("[");
                if (inList && r.nextInt(3) == 0) {
                    out.append(pick(nl, " // in the list" + nl, nl + "// own line in the list" + nl, nl + nl));
                } else {
                    out.append(punct ? pick("", " ", "  ") : pick(" ", " ", "  ", "\t", " /* v */ "));
                }
            }
            out.append(t);
            inList = inList ? !t.equals("]") : t.equals("[");
        }
    }

    /** Between header tokens, where line breaks are allowed. */
    private String headerGap() {
        return pick(" ", " ", " ", "  ", "\t", nl, " /* h */ ", " // h" + nl, nl + "// own" + nl,
                " " + suppression(true) + nl, nl + suppression(true) + nl, " " + suppression(false) + " ");
    }

    /** A suppression comment, as a line comment or as a block comment. */
    private String suppression(boolean lineComment) {
        StringBuilder codes = new StringBuilder(pick(CODES));
        if (r.nextInt(3) == 0) {
            codes.append(' ').append(pick(CODES));
        }
        return lineComment ? "// fabric-lint: ignore " + codes : "/* fabric-lint: ignore " + codes + " */";
    }

    /** Inside `tier.port`, where only blanks and inline comments are allowed. */
    private String tight() {
        return pick("", "", "", " ", "/* e */");
    }

    private String pick(String... options) {
        return options[r.nextInt(options.length)];
    }
}
