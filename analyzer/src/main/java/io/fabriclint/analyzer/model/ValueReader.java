package io.fabriclint.analyzer.model;

import io.fabriclint.analyzer.catalog.Fec;
import io.fabriclint.analyzer.catalog.Fiber;
import io.fabriclint.analyzer.catalog.FormFactor;
import io.fabriclint.analyzer.catalog.Lanes;
import io.fabriclint.analyzer.catalog.LanesText;
import io.fabriclint.analyzer.catalog.Media;
import io.fabriclint.analyzer.values.Quantity;
import io.fabriclint.analyzer.values.Ratio;
import io.fabriclint.analyzer.values.Unit;
import io.fabriclint.analyzer.values.Version;
import io.fabriclint.syntax.Name;
import io.fabriclint.syntax.Property;
import io.fabriclint.syntax.SourceRange;
import io.fabriclint.syntax.Value;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Reads a property's value atoms as its {@link ValueType} says. A value that
 * does not fit yields null and one {@link ValueProblem}, so the model keeps
 * the default and analysis goes on.
 */
public final class ValueReader {
    public static final List<String> CONNECTORS = List.of("MPO-12", "MPO-16", "2xMPO-12", "LC", "2xLC", "CS", "SN", "2xSN");

    private static final java.util.regex.Pattern COUNT_X = java.util.regex.Pattern.compile("\\d+x");

    private final Path file;
    private final Consumer<ValueProblem> problems;

    public ValueReader(Path file, Consumer<ValueProblem> problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The property's value as its spec reads it; null (and one problem reported) when it does not fit. */
    public <T> T read(Property property, PropertySpec<T> spec) {
        List<Value> values = property.values();
        String name = property.name().text();
        if (values.isEmpty()) {
            problem(property.name().range(), "`" + name + "` needs a value: " + spec.type().description(), null);
            return null;
        }
        return spec.reader().read(this, name, values);
    }

    Fec fec(String name, List<Value> values) {
        return choice(name, values, Fec.labels(), Fec::ofLabel);
    }

    FormFactor formFactor(String name, List<Value> values) {
        return choice(name, values, FormFactor.labels(), FormFactor::ofLabel);
    }

    Media media(String name, List<Value> values) {
        return choice(name, values, List.of("MMF", "SMF", "copper"), Media::ofLabel);
    }

    Fiber fiber(String name, List<Value> values) {
        return choice(name, values, Fiber.linkLabels(), s -> Fiber.linkLabels().contains(s) ? Fiber.ofLabel(s) : null);
    }

    Wiring wiring(String name, List<Value> values) {
        return choice(name, values, Wiring.labels(), Wiring::ofLabel);
    }

    /** A string whose `{placeholders}` are among {@code placeholders}. */
    Template template(String name, List<Value> values, List<String> placeholders) {
        String text = string(name, values);
        if (text == null) {
            return null;
        }
        String[] problem = new String[1];
        Template t = Template.parse(text, placeholders, problem);
        if (t == null) {
            problem(values.get(0).range(), "`" + name + "` " + problem[0], null);
        }
        return t;
    }

    String connector(String name, List<Value> values) {
        return choice(name, values, CONNECTORS, s -> CONNECTORS.contains(s) ? s : null);
    }

    private void problem(SourceRange range, String message, String suggestion) {
        problems.accept(new ValueProblem(file, range, message, suggestion));
    }

    private static SourceRange span(List<Value> values) {
        return values.get(0).range().to(values.get(values.size() - 1).range());
    }

    private boolean one(String name, List<Value> values, String description) {
        if (values.size() == 1) {
            return true;
        }
        problem(span(values), "`" + name + "` takes one value (" + description + "), found "
                + values.size() + ": " + join(values), null);
        return false;
    }

    private static String join(List<Value> values) {
        StringBuilder sb = new StringBuilder();
        for (Value v : values) {
            if (!sb.isEmpty() && !(v instanceof Value.Punct p && (p.text().equals(",") || p.text().equals(":")))) {
                sb.append(' ');
            }
            sb.append(v.text());
        }
        return sb.toString();
    }

    Integer count(String name, List<Value> values, int minimum) {
        if (!one(name, values, ValueType.COUNT.description())) {
            return null;
        }
        Value v = values.get(0);
        Quantity q = v instanceof Value.Number ? Quantity.parse(v.text()) : null;
        if (q == null || !q.unitless() || !q.isInteger()) {
            problem(v.range(), "`" + name + "` is a whole number; '" + v.text() + "' is not", null);
            return null;
        }
        if (q.number() < minimum) {
            problem(v.range(), "`" + name + "` must be at least " + minimum + "; it is " + v.text(), null);
            return null;
        }
        if (q.number() > Integer.MAX_VALUE / 1024) {
            problem(v.range(), "`" + name + "` " + v.text() + " is too large", null);
            return null;
        }
        return (int) q.number();
    }

    Double pue(String name, List<Value> values) {
        if (!one(name, values, ValueType.PUE.description())) {
            return null;
        }
        Value v = values.get(0);
        Quantity q = v instanceof Value.Number ? Quantity.parse(v.text()) : null;
        if (q == null || !q.unitless()) {
            problem(v.range(), "`pue` is a plain number such as 1.3; '" + v.text() + "' is not", null);
            return null;
        }
        if (q.number() < 1.0) {
            problem(v.range(), "`pue` is at least 1.0 (facility power cannot be below IT power); it is " + v.text(), null);
            return null;
        }
        return q.number();
    }

    Ratio ratio(String name, List<Value> values) {
        if (!one(name, values, ValueType.RATIO.description())) {
            return null;
        }
        Value v = values.get(0);
        Ratio r = v instanceof Value.Ratio ? Ratio.parse(v.text()) : null;
        if (r == null) {
            problem(v.range(), "`" + name + "` is a ratio such as 1:1 or 3:1; '" + v.text() + "' is not", null);
            return null;
        }
        if (r.left() <= 0 || r.right() <= 0) {
            problem(v.range(), "both sides of the ratio must be above 0; it is " + v.text(), null);
            return null;
        }
        return r;
    }

    /** A quantity of one dimension, in the base unit. */
    Double quantity(String name, List<Value> values, Unit.Dimension dimension) {
        if (!one(name, values, dimension.description())) {
            return null;
        }
        return quantity(name, values.get(0), dimension);
    }

    private Double quantity(String name, Value v, Unit.Dimension dimension) {
        Quantity q = v instanceof Value.Number ? Quantity.parse(v.text()) : null;
        if (q == null) {
            problem(v.range(), "`" + name + "` is " + dimension.description() + "; '" + v.text() + "' is not a number", null);
            return null;
        }
        if (q.unitless()) {
            problem(v.range(), "`" + name + "` needs a unit: " + dimension.description() + ", e.g. "
                    + v.text() + exampleUnit(dimension), v.text() + exampleUnit(dimension));
            return null;
        }
        if (q.unit() == null || q.unit().dimension() != dimension) {
            problem(v.range(), "'" + q.unitText() + "' is not a unit of " + dimension.description()
                    + " for `" + name + "`", null);
            return null;
        }
        if (q.number() < 0) {
            problem(v.range(), "`" + name + "` cannot be negative; it is " + v.text(), null);
            return null;
        }
        return q.base();
    }

    private static String exampleUnit(Unit.Dimension dimension) {
        return switch (dimension) {
            case LENGTH -> "m";
            case POWER -> "W";
            case SPEED -> "G";
            case HEIGHT -> "U";
            case LOSS -> "dB";
        };
    }

    String string(String name, List<Value> values) {
        if (!one(name, values, ValueType.STRING.description())) {
            return null;
        }
        if (values.get(0) instanceof Value.Str s) {
            return s.content();
        }
        problem(values.get(0).range(), "`" + name + "` is a string in double quotes, e.g. \"" + values.get(0).text() + "\"",
                "\"" + values.get(0).text() + "\"");
        return null;
    }

    List<String> stringList(String name, List<Value> values) {
        List<Value> items = values.size() == 1 && values.get(0) instanceof Value.ListValue l ? l.items() : values;
        List<String> out = new ArrayList<>();
        for (Value v : items) {
            if (v instanceof Value.Str s) {
                out.add(s.content());
            } else if (!(v instanceof Value.Punct)) {
                problem(v.range(), "`" + name + "` is " + ValueType.STRING_LIST.description() + "; '" + v.text()
                        + "' is not a string", null);
                return null;
            }
        }
        return out;
    }

    Boolean bool(String name, List<Value> values) {
        if (!one(name, values, ValueType.BOOLEAN.description())) {
            return null;
        }
        String t = values.get(0).text();
        if (t.equals("true") || t.equals("false")) {
            return Boolean.parseBoolean(t);
        }
        problem(values.get(0).range(), "`" + name + "` is true or false; '" + t + "' is not", null);
        return null;
    }

    private <T> T choice(String name, List<Value> values, List<String> allowed, java.util.function.Function<String, T> of) {
        // The list of choices is joined only for a message: this runs for every such property of a fabric.
        if (values.size() != 1) {
            one(name, values, String.join(", ", allowed));
            return null;
        }
        Value v = values.get(0);
        T t = of.apply(v.text());
        if (t == null) {
            String closest = Suggestions.closest(v.text(), allowed);
            problem(v.range(), "unknown " + name + " '" + v.text() + "'; one of " + String.join(", ", allowed)
                    + (closest != null ? " (did you mean " + closest + "?)" : ""), closest);
        }
        return t;
    }

    Version version(String name, List<Value> values) {
        if (!one(name, values, ValueType.VERSION.description())) {
            return null;
        }
        Version version = values.get(0) instanceof Value.Number ? Version.parse(values.get(0).text()) : null;
        if (version == null) {
            problem(values.get(0).range(), "`" + name + "` is a version such as 5.0; '" + values.get(0).text() + "' is not", null);
        }
        return version;
    }

    Name word(String name, List<Value> values) {
        if (!one(name, values, "a name")) {
            return null;
        }
        if (values.get(0) instanceof Value.Word w) {
            return new Name(w.text(), w.range());
        }
        problem(values.get(0).range(), "`" + name + "` is a name; '" + values.get(0).text() + "' is not", null);
        return null;
    }

    ModulePair modulePair(String name, List<Value> values) {
        if (values.size() == 1 && values.get(0) instanceof Value.Word w) {
            Name n = new Name(w.text(), w.range());
            return new ModulePair(n, n);
        }
        if (values.size() == 3 && values.get(0) instanceof Value.Word a && values.get(1).text().equals("->")
                && values.get(2) instanceof Value.Word b) {
            return new ModulePair(new Name(a.text(), a.range()), new Name(b.text(), b.range()));
        }
        problem(span(values), "`module` is a module name, or `SOURCE -> TARGET`; found: " + join(values), null);
        return null;
    }

    /** `NAME: N x FF SPEED [max-power P]`, also `NAME: Nx FF SPEED`. */
    PortValue port(String property, List<Value> values) {
        List<Value> v = new ArrayList<>(values);
        String usage = "a port is `port NAME: N x FORM-FACTOR SPEED [max-power POWER]`";
        if (v.size() < 2 || !(v.get(0) instanceof Value.Word nameWord) || !v.get(1).text().equals(":")) {
            problem(span(values), usage, null);
            return null;
        }
        Name name = new Name(nameWord.text(), nameWord.range());
        List<Value> rest = splitCount(v.subList(2, v.size()));
        if (rest == null || rest.size() < 4 || !rest.get(1).text().equals("x")) {
            problem(span(values), usage, null);
            return null;
        }
        Quantity n = Quantity.parse(rest.get(0).text());
        if (n == null || !n.unitless() || !n.isInteger() || n.number() < 1 || n.number() > 100_000) {
            problem(rest.get(0).range(), "the cage count of a port is a whole number of at least 1; '"
                    + rest.get(0).text() + "' is not", null);
            return null;
        }
        Value ffValue = rest.get(2);
        FormFactor ff = FormFactor.ofLabel(ffValue.text());
        if (ff == null) {
            String closest = Suggestions.closest(ffValue.text(), FormFactor.labels());
            problem(ffValue.range(), "unknown form factor '" + ffValue.text() + "'; one of "
                    + String.join(", ", FormFactor.labels()) + (closest != null ? " (did you mean " + closest + "?)" : ""),
                    closest);
            return null;
        }
        Double speed = quantity("port speed", rest.get(3), Unit.Dimension.SPEED);
        if (speed == null) {
            return null;
        }
        // What follows the speed is reported but never costs the port itself: links to it still resolve.
        Double maxPower = null;
        if (rest.size() > 4) {
            if (rest.size() == 6 && rest.get(4).text().equals("max-power")) {
                maxPower = quantity("max-power", rest.get(5), Unit.Dimension.POWER);
            } else {
                problem(span(rest.subList(4, rest.size())), "unexpected '" + rest.get(4).text() + "' after the port speed; "
                        + "only `max-power POWER` may follow", null);
            }
        }
        return new PortValue(name, (int) n.number(), ff, ff.cageAt(speed), speed, maxPower);
    }

    /** Turns a leading `32x` into `32` `x`, so both spellings read alike. */
    private static List<Value> splitCount(List<Value> values) {
        if (values.isEmpty()) {
            return null;
        }
        Value first = values.get(0);
        if (first instanceof Value.Number && COUNT_X.matcher(first.text()).matches()) {
            List<Value> out = new ArrayList<>();
            String digits = first.text().substring(0, first.text().length() - 1);
            SourceRange r = first.range();
            out.add(new Value.Number(digits, r));
            out.add(new Value.Word("x", r));
            out.addAll(values.subList(1, values.size()));
            return out;
        }
        return values;
    }

    Lanes lanes(String name, List<Value> values) {
        String[] problem = new String[1];
        Lanes lanes = LanesText.parse(join(values), problem);
        if (lanes == null) {
            problem(span(values), problem[0], null);
        }
        return lanes;
    }

    /** `OM3 70m, OM4 100m` or, for copper, `3m`. */
    Map<Fiber, Double> reach(String name, List<Value> values) {
        Map<Fiber, Double> reach = new LinkedHashMap<>();
        if (values.size() == 1 && values.get(0) instanceof Value.Number) {
            Double m = quantity("reach", values.get(0), Unit.Dimension.LENGTH);
            if (m == null) {
                return null;
            }
            reach.put(Fiber.COPPER, m);
            return reach;
        }
        List<Value> items = values.stream().filter(v -> !v.text().equals(",")).toList();
        if (items.size() % 2 != 0) {
            problem(span(values), "`reach` is `FIBER LENGTH` pairs such as `OM3 70m, OM4 100m`", null);
            return null;
        }
        for (int i = 0; i < items.size(); i += 2) {
            Value f = items.get(i);
            Fiber fiber = Fiber.linkLabels().contains(f.text()) ? Fiber.ofLabel(f.text()) : null;
            if (fiber == null) {
                problem(f.range(), "unknown fiber '" + f.text() + "' in reach; OM3, OM4, OM5 or OS2",
                        Suggestions.closest(f.text(), Fiber.linkLabels()));
                return null;
            }
            Double m = quantity("reach", items.get(i + 1), Unit.Dimension.LENGTH);
            if (m == null) {
                return null;
            }
            reach.put(fiber, m);
        }
        return reach;
    }
}
