package io.fabriclint.cli;

import io.fabriclint.analyzer.model.ModelBuilder;
import io.fabriclint.analyzer.model.SourceProvider;
import io.fabriclint.analyzer.project.FabricProject;
import io.fabriclint.analyzer.project.ProjectSettings;

import java.nio.file.NoSuchFileException;
import java.util.List;
import java.util.Set;

/**
 * Start-up work done beside the command line's own, on the second core. While the main thread has
 * picocli build its command model, this thread analyzes a small fabric held here; for `fabric lsp`
 * it first connects the server to stdio (LSP4J's reflection over the protocol methods, the longest
 * part of the server's start; nothing is read until the command serves it, see {@link LspCommand}).
 * That loads and initialises what the command needs next (ANTLR's lexer and parser with their
 * ATNs, the built-in catalog, the model, the rules), so the command finds them ready.
 *
 * <p>It only warms what is shared and either immutable or thread-safe: class initialisation, the
 * JDK's reflection caches, the built-in catalog (read once per process), ANTLR's prediction cache
 * (which changes speed, never results). It reads no user file and prints nothing: the command's
 * output is the same with or without it, and a command that is done does not wait for it.
 */
final class StartupWarmup {
    /** The commands that analyze fabrics; the others (fmt, help, explain, rules) gain nothing. */
    private static final Set<String> ANALYZING = Set.of("lint", "report", "graph", "cables", "export", "diff", "lsp");

    /** Self-contained (no import): a rack, two tiers, a link with module, fiber and length. */
    static final String SAMPLE = """
            fabric warmup {
              pue 1.3
              fec RS544
              oversubscription 1:1
            }

            rack compute { count 4; height 48U; power 45kW }

            tier gpu {
              count 16
              rack compute
              height 4U
              power 3kW
              port nic: 2 x QSFP-DD 400G
            }

            tier leaf {
              count 2
              rack compute
              power 500W
              asic "Tomahawk 5"
              port down: 16 x QSFP-DD 400G
              port up: 8x OSFP 800G max-power 18W
            }

            link gpu.nic -> leaf.down {
              module QDD-400G-DR4
              fiber OS2
              length 100m
            }
            """;

    /** The sample imports nothing; were a file asked for, there is none. */
    private static final SourceProvider NO_FILES = path -> {
        throw new NoSuchFileException(path.toString());
    };

    private StartupWarmup() {
    }

    /** Starts the warm-up when the command named by {@code args} analyzes fabrics; returns at once. */
    static void startFor(String[] args) {
        if (args.length == 0 || !ANALYZING.contains(args[0])) {
            return;
        }
        boolean server = args[0].equals("lsp");
        if (server) {
            LspCommand.willConnectAhead();
        }
        Thread t = new Thread(() -> {
            try {
                if (server) {
                    LspCommand.connectAhead();
                }
                analyzeSample();
            } catch (RuntimeException | LinkageError | OutOfMemoryError | StackOverflowError e) {
                // Only a head start is lost; the command meets and reports any real problem itself.
            }
        }, "fabric-warmup");
        t.setDaemon(true); // never keeps the process: a command that is done exits
        t.start();
    }

    /** Analyzes the sample; also run by {@link ArchiveTraining}, so that the archive holds what it loads. */
    static void analyzeSample() {
        new FabricProject(NO_FILES, new ProjectSettings(List.of())).analyzeText(ModelBuilder.STDIN, SAMPLE);
    }
}
