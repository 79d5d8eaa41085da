package io.fabriclint.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the CLI in-process and captures what it prints. */
record CliRunner(int exit, String out, String err) {
    static CliRunner run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = FabricCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new CliRunner(exit, out.toString(), err.toString());
    }
}
