package io.fabriclint.server;

import java.net.URI;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Document URIs and the paths the analyzer works with. A URI the client sent
 * is given back exactly as it was written (clients compare URIs as strings);
 * a document that is not a file (an unsaved buffer) gets a path of its own in
 * a folder that does not exist, so it imports nothing by accident.
 */
final class Uris {
    private final Map<Path, String> sent = new ConcurrentHashMap<>();
    private static final Path UNSAVED = Paths.get(System.getProperty("java.io.tmpdir"), "fabric-lsp-unsaved");

    Path path(String uri) {
        Path p;
        try {
            URI u = URI.create(uri);
            if ("file".equalsIgnoreCase(u.getScheme())) {
                p = Paths.get(u).toAbsolutePath().normalize();
            } else {
                p = UNSAVED.resolve(Integer.toHexString(uri.hashCode()) + "-" + sanitize(uri)).normalize();
            }
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            p = UNSAVED.resolve(Integer.toHexString(uri.hashCode()) + "-" + sanitize(uri)).normalize();
        }
        sent.putIfAbsent(p, uri);
        return p;
    }

    String uri(Path path) {
        String known = sent.get(path);
        return known != null ? known : path.toUri().toString();
    }

    private static String sanitize(String uri) {
        String name = uri.replaceAll(".*[/:]", "");
        name = name.replaceAll("[^A-Za-z0-9._-]", "_");
        return name.isEmpty() ? "untitled.fabric" : name;
    }
}
