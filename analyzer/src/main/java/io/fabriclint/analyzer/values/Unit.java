package io.fabriclint.analyzer.values;

/** Units a quantity may carry (spec §2), each with the dimension it measures and its factor to the base unit. */
public enum Unit {
    M("m", Dimension.LENGTH, 1), KM("km", Dimension.LENGTH, 1000),
    W("W", Dimension.POWER, 1), KW("kW", Dimension.POWER, 1000),
    G("G", Dimension.SPEED, 1), T("T", Dimension.SPEED, 1000),
    U("U", Dimension.HEIGHT, 1),
    DB("dB", Dimension.LOSS, 1);

    public enum Dimension {
        LENGTH("a length (m, km)"), POWER("a power (W, kW)"), SPEED("a speed (G, T)"),
        HEIGHT("a height in rack units (U)"), LOSS("a loss in dB");

        private final String description;

        Dimension(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private final String symbol;
    private final Dimension dimension;
    private final double factor;

    Unit(String symbol, Dimension dimension, double factor) {
        this.symbol = symbol;
        this.dimension = dimension;
        this.factor = factor;
    }

    public String symbol() {
        return symbol;
    }

    public Dimension dimension() {
        return dimension;
    }

    /** Multiplier to the dimension's base unit (m, W, Gb/s, U, dB). */
    public double factor() {
        return factor;
    }

    public static Unit ofSymbol(String symbol) {
        for (Unit u : values()) {
            if (u.symbol.equals(symbol)) {
                return u;
            }
        }
        return null;
    }
}
