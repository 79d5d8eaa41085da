package io.fabriclint.analyzer.values;

import java.util.regex.Pattern;

/**
 * A number with an optional unit glued to it: `30m`, `10.2kW`, `1.6T`, `32`.
 * {@code unitText} keeps what was written after the number even when it is no
 * known unit, so messages can quote it.
 */
public record Quantity(double number, String unitText, Unit unit) {
    private static final Pattern FORM = Pattern.compile("(-?\\d+(?:\\.\\d+)?)([A-Za-z][A-Za-z0-9_.-]*)?");

    /**
     * Parses the text, or returns null when it does not start as a number. Reads the form of
     * {@link #FORM} by hand: it runs for every value of every analysis, and a regex matcher per
     * value was the analyzer's largest allocation.
     */
    public static Quantity parse(String text) {
        int n = text.length();
        int i = 0;
        if (i < n && text.charAt(i) == '-') {
            i++;
        }
        int digits = i;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
        }
        if (i == digits) {
            return null;
        }
        if (i + 1 < n && text.charAt(i) == '.' && isDigit(text.charAt(i + 1))) {
            i++;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
        }
        int numberEnd = i;
        if (i < n) {
            if (!isLetter(text.charAt(i))) {
                return null;
            }
            for (i++; i < n; i++) {
                char c = text.charAt(i);
                if (!isLetter(c) && !isDigit(c) && c != '_' && c != '.' && c != '-') {
                    return null;
                }
            }
        }
        String unitText = text.substring(numberEnd);
        return new Quantity(Double.parseDouble(text.substring(0, numberEnd)), unitText, Unit.ofSymbol(unitText));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    public boolean unitless() {
        return unitText.isEmpty();
    }

    /** The value in the base unit of its dimension. */
    public double base() {
        return unit == null ? number : number * unit.factor();
    }

    public boolean isInteger() {
        return number == Math.rint(number) && !Double.isInfinite(number);
    }

    /** Formats a figure without a trailing `.0`: 100, 3.5, 0.25 (at most three decimals). */
    public static String format(double value) {
        return format(value, 3);
    }

    /** A figure with at most {@code decimals} decimals and no trailing zeros. */
    public static String format(double value, int decimals) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String s = String.format(java.util.Locale.ROOT, "%." + decimals + "f", value);
        if (s.indexOf('.') >= 0) {
            s = s.replaceAll("0+$", "");
        }
        s = s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
        return s.equals("-0") ? "0" : s;
    }

    /**
     * The fewest decimals, at least {@code decimals}, that write {@code value} differently from
     * {@code other} when the two differ by more than rounding ({@link Limits}): a figure just over
     * a limit must not read as the limit (9,001 W of a 9 kW threshold is 9.001kW, not 9kW).
     */
    public static int decimalsApart(double value, double other, int decimals) {
        if (!Limits.exceeds(value, other) && !Limits.exceeds(other, value)) {
            return decimals;
        }
        int d = decimals;
        while (d < 12 && format(value, d).equals(format(other, d))) {
            d++;
        }
        return d;
    }

    /** `30m`, `2km`. */
    public static String meters(double meters) {
        return meters >= 1000 && meters % 1000 == 0 ? format(meters / 1000) + "km" : format(meters) + "m";
    }

    /** `400G`, `1.6T`. */
    public static String gbps(double gbps) {
        return gbps >= 1000 ? format(gbps / 1000) + "T" : format(gbps) + "G";
    }

    /** `16W`, `12.5W`, `750W`, `9kW`, `25.64kW`: to 10W from 1kW up. */
    public static String watts(double watts) {
        return watts(watts, watts);
    }

    /**
     * {@link #watts(double)}, with the decimals it takes to read differently from {@code other}
     * (the limit it is compared with) when it differs: 9,001 W against 9 kW is `9.001kW`.
     */
    public static String watts(double watts, double other) {
        boolean kilo = Math.abs(watts) >= 1000;
        double scale = kilo ? 1000 : 1;
        String figure = format(watts / scale, decimalsApart(watts / scale, other / scale, kilo ? 2 : 3));
        return figure + (kilo ? "kW" : "W");
    }
}
