package io.fabriclint.analyzer.values;

/** A dotted version such as CMIS `5.0` or `5.2`, compared part by part. */
public record Version(int major, int minor) implements Comparable<Version> {
    public static Version parse(String text) {
        String[] parts = text.split("\\.");
        try {
            int major = Integer.parseInt(parts[0]);
            int minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
            if (parts.length > 2 || major < 0 || minor < 0) {
                return null;
            }
            return new Version(major, minor);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public int compareTo(Version o) {
        return major != o.major ? Integer.compare(major, o.major) : Integer.compare(minor, o.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
