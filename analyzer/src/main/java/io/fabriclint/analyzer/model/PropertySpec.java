package io.fabriclint.analyzer.model;

/**
 * One property a declaration kind accepts: its value type, its default as the
 * user would write it (null: none), whether it may repeat, and a one-line
 * documentation shown in completion and hover.
 */
public record PropertySpec(String name, ValueType type, String defaultValue, boolean repeatable,
                           String documentation) {
}
