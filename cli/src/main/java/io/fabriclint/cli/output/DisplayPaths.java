package io.fabriclint.cli.output;

import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Paths as users read them: relative to the working directory when under it. */
public final class DisplayPaths {
    private DisplayPaths() {
    }

    public static String of(Path file) {
        if (!file.isAbsolute()) {
            String normalized = file.normalize().toString();
            return normalized.isEmpty() ? file.toString() : normalized;
        }
        Path cwd = Path.of("").toAbsolutePath();
        return file.startsWith(cwd) ? cwd.relativize(file).toString() : file.toString();
    }

    /**
     * The path as a URI reference: relative to the working directory when the
     * file is under it (`examples/site/a%20b.fabric`), else an absolute `file:` URI.
     */
    public static String uri(Path file) {
        String display = of(file);
        Path p = Path.of(display);
        if (p.isAbsolute()) {
            return p.toUri().toString();
        }
        String slashed = display.replace(File.separatorChar, '/');
        if (slashed.split("/", 2)[0].contains(":")) {
            slashed = "./" + slashed; // not a scheme
        }
        try {
            return new URI(null, null, slashed, null).toASCIIString();
        } catch (URISyntaxException e) {
            return slashed;
        }
    }

    /** True when {@link #uri} gives a reference relative to the working directory. */
    public static boolean isRelative(Path file) {
        return !Path.of(of(file)).isAbsolute();
    }

    /** The working directory as a `file:` URI ending in `/` (SARIF's base for relative references). */
    public static String workingDirectoryUri() {
        String uri = Path.of("").toAbsolutePath().toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }
}
