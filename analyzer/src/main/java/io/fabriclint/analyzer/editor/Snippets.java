package io.fabriclint.analyzer.editor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Snippet text for clients that take only plain text. */
public final class Snippets {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{\\d+(?::([^}]*))?}|\\$\\{\\d+\\|([^,|}]*)[^}]*}|\\$\\d+");

    private Snippets() {
    }

    /** `tier ${1:name} {` becomes `tier name {`; a choice becomes its first option; tab stops vanish. */
    public static String plain(String snippet) {
        Matcher m = PLACEHOLDER.matcher(snippet);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String keep = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : "";
            m.appendReplacement(out, Matcher.quoteReplacement(keep));
        }
        m.appendTail(out);
        return out.toString();
    }
}
