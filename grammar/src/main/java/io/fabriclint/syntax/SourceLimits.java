package io.fabriclint.syntax;

/**
 * How much text fabric-lint reads. A fabric of 100,000 GPUs is a few hundred
 * lines, so these limits only stop input that is not a fabric description at
 * all (a log, a binary, /dev/zero) from taking the process down.
 */
public final class SourceLimits {
    /** Files (and editor documents) larger than this are not parsed: one FAB001 says so. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    /** Lines longer than this (in characters) are not read: one FAB001 at the line, the rest of the file is. */
    public static final int MAX_LINE_CHARS = 65_536;

    /** How many files one fabric may import, directly or not, before the rest are refused (FAB002). */
    public static final int MAX_IMPORTED_FILES = 100_000;

    private SourceLimits() {
    }

    /** `70.2 MB`, for messages. */
    public static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    /** The message of a file that is too large to read. */
    public static String tooLarge(long bytes) {
        return String.format(java.util.Locale.ROOT, "this file is %s (%,d bytes); files of over %d MB are not read",
                megabytes(bytes), bytes, MAX_FILE_BYTES / (1024 * 1024));
    }
}
