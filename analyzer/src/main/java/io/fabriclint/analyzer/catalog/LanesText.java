package io.fabriclint.analyzer.catalog;

import io.fabriclint.analyzer.values.Quantity;
import io.fabriclint.analyzer.values.Unit;

import java.util.ArrayList;
import java.util.List;

/** Reads `N x RATE FAMILY` (`8 x 100G DR`, `8x 100G DR`), the same way in JSON catalogs and in files. */
public final class LanesText {
    private LanesText() {
    }

    /** The lanes, or null with the reason in {@code problem[0]}. */
    public static Lanes parse(String text, String[] problem) {
        List<String> words = new ArrayList<>(List.of(text.trim().split("\\s+")));
        if (!words.isEmpty() && words.get(0).matches("\\d+x")) {
            String first = words.remove(0);
            words.add(0, "x");
            words.add(0, first.substring(0, first.length() - 1));
        }
        if (words.size() != 4 || !words.get(1).equals("x")) {
            problem[0] = "lanes are written `N x RATE FAMILY`, e.g. `8 x 100G DR`";
            return null;
        }
        int count;
        try {
            count = Integer.parseInt(words.get(0));
        } catch (NumberFormatException e) {
            problem[0] = "lane count '" + words.get(0) + "' is not a whole number";
            return null;
        }
        Quantity rate = Quantity.parse(words.get(2));
        if (count < 1) {
            problem[0] = "lane count must be at least 1";
            return null;
        }
        if (rate == null || rate.unit() == null || rate.unit().dimension() != Unit.Dimension.SPEED || rate.base() <= 0) {
            problem[0] = "lane rate '" + words.get(2) + "' is not a speed such as 100G";
            return null;
        }
        return new Lanes(count, rate.base(), words.get(3));
    }
}
