package io.fabriclint.analyzer.values;

/** A ratio such as `2:1`; {@link #value()} is left ÷ right. */
public record Ratio(double left, double right) {
    public static Ratio parse(String text) {
        int colon = text.indexOf(':');
        if (colon < 0) {
            return null;
        }
        try {
            return new Ratio(Double.parseDouble(text.substring(0, colon)), Double.parseDouble(text.substring(colon + 1)));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public double value() {
        return left / right;
    }

    /** `2:1`, `1.5:1`, written with the ratio normalised to `N:1`. */
    public static String format(double value) {
        return Quantity.format(Math.round(value * 100) / 100.0) + ":1";
    }

    @Override
    public String toString() {
        return Quantity.format(left) + ":" + Quantity.format(right);
    }
}
