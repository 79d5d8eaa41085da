package io.fabriclint.analyzer.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;

/**
 * The `exclude` globs of a configuration (docs/configuration.md), matched
 * against a path relative to the configuration's folder, `/`-separated:
 * <ul>
 *   <li>a pattern without `/` (`*.draft.fabric`, `generated`) matches any file
 *       or folder name at any depth, as in `.gitignore`;</li>
 *   <li>a pattern with `/` (`vendor/*.fabric`, `build/**`) matches the path
 *       from the configuration's folder; a leading `**&#47;` also matches no
 *       folder at all;</li>
 *   <li>a pattern that matches a folder excludes everything in it.</li>
 * </ul>
 * Glob syntax is Java's: `*` and `?` stay within one name, `**` crosses
 * folders, `{a,b}` and `[abc]` as usual.
 */
public final class ExcludeGlobs {
    private ExcludeGlobs() {
    }

    /** Null when the pattern is a valid glob, else what is wrong with it. */
    public static String problem(String pattern) {
        if (normalize(pattern).isEmpty()) {
            return "an empty exclude pattern would exclude everything";
        }
        try {
            FileSystems.getDefault().getPathMatcher("glob:" + normalize(pattern));
            return null;
        } catch (IllegalArgumentException e) { // PatternSyntaxException among others
            return "invalid glob \"" + pattern + "\": " + e.getMessage().lines().findFirst().orElse("");
        }
    }

    /** True when {@code relative} (a path below the configuration's folder) or one of its folders matches. */
    public static boolean matches(String pattern, Path relative) {
        String p = normalize(pattern);
        if (p.isEmpty() || relative.getNameCount() == 0 || relative.toString().isEmpty()) {
            return false;
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + p);
        if (!p.contains("/")) {
            for (Path name : relative) {
                if (matcher.matches(name)) {
                    return true;
                }
            }
            return false;
        }
        PathMatcher zeroFolders = p.startsWith("**/")
                ? FileSystems.getDefault().getPathMatcher("glob:" + p.substring(3)) : null;
        for (int n = 1; n <= relative.getNameCount(); n++) {
            Path prefix = relative.subpath(0, n);
            if (matcher.matches(prefix) || (zeroFolders != null && zeroFolders.matches(prefix))) {
                return true;
            }
        }
        return false;
    }

    private static String normalize(String pattern) {
        String p = pattern.trim().replace('\\', '/');
        while (p.startsWith("./")) {
            p = p.substring(2);
        }
        while (p.endsWith("/") && p.length() > 1) {
            p = p.substring(0, p.length() - 1);
        }
        if (p.startsWith("/")) {
            p = p.substring(1); // anchored at the configuration's folder, which relative paths already are
        }
        return p;
    }
}
