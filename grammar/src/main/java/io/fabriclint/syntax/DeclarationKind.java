package io.fabriclint.syntax;

/** The kinds of top-level declaration, by keyword. */
public enum DeclarationKind {
    IMPORT("import"), FABRIC("fabric"), MODULE("module"), RACK("rack"), TIER("tier"), LINK("link");

    private final String keyword;

    DeclarationKind(String keyword) {
        this.keyword = keyword;
    }

    public String keyword() {
        return keyword;
    }

    public static DeclarationKind ofKeyword(String keyword) {
        for (DeclarationKind kind : values()) {
            if (kind.keyword.equals(keyword)) {
                return kind;
            }
        }
        return null;
    }
}
