package io.fabriclint.cli;

/** A usage or I/O problem: printed as one line, exit status 2. */
public final class CliFailure extends RuntimeException {
    public CliFailure(String message) {
        super(message);
    }
}
