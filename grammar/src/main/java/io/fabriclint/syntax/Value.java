package io.fabriclint.syntax;

import java.util.List;

/** One value atom of a property, as written. Meaning comes from the property schema. */
public sealed interface Value {
    SourceRange range();

    /** The text as written in the file. */
    String text();

    /** A name: `OM4`, `QDD-400G-SR8`, `x`, `true`. */
    record Word(String text, SourceRange range) implements Value {
    }

    /** A number with whatever is glued to it: `32`, `10.2kW`, `32x`, `2xLC`. */
    record Number(String text, SourceRange range) implements Value {
    }

    /** `1:1`, `1.5:1`. */
    record Ratio(String text, SourceRange range) implements Value {
    }

    /** A string; {@code content} has its escapes resolved. */
    record Str(String text, String content, boolean terminated, SourceRange range) implements Value {
    }

    /** `[ a, b ]`. */
    record ListValue(String text, List<Value> items, SourceRange range) implements Value {
    }

    /** `->`, `:`, `,` or `.` between other values. */
    record Punct(String text, SourceRange range) implements Value {
    }
}
