package io.fabriclint.analyzer.model;

import io.fabriclint.syntax.Value;

import java.util.List;

/**
 * One property a declaration kind accepts: its value type and the Java type
 * it reads as ({@code T}), how it is read, its default (null: none), whether
 * it is required, whether it may repeat, and a one-line documentation shown in
 * completion and hover. {@link PropertySchema} holds every one.
 */
public record PropertySpec<T>(String name, ValueType type, Reader<T> reader, T defaultValue, Requirement requirement,
                              boolean repeatable, String documentation) {

    /** Whether a declaration must set the property. */
    public enum Requirement {
        OPTIONAL,
        REQUIRED,
        /** Required in a `module` block without `like` (a new module, not a variant of one). */
        REQUIRED_WITHOUT_LIKE
    }

    /** Reads the values of the property, reporting what does not fit and returning null for it. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(ValueReader reader, String name, List<Value> values);
    }

    static <T> PropertySpec<T> optional(String name, ValueType type, Reader<T> reader, T defaultValue, String doc) {
        return new PropertySpec<>(name, type, reader, defaultValue, Requirement.OPTIONAL, false, doc);
    }

    static <T> PropertySpec<T> required(String name, ValueType type, Reader<T> reader, Requirement requirement,
                                        String doc) {
        return new PropertySpec<>(name, type, reader, null, requirement, false, doc);
    }

    static PropertySpec<String> description() {
        return optional("description", ValueType.STRING, ValueReader::string, null, "Free text.");
    }

    /** The default as a user would write it (`42U`, `0W`), or null when there is none. */
    public String defaultText() {
        return defaultValue == null ? null : type.text(defaultValue);
    }
}
