package io.fabriclint.cli.fuzz;

import io.fabriclint.analyzer.testing.FabricWriter;
import io.fabriclint.analyzer.testing.FuzzInputs;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs inputs through {@link FuzzTarget} until a time budget or an input count
 * is spent. Inputs: random fabrics ({@link FabricWriter}), the project's own
 * fabrics with their layout bent or broken ({@link FuzzInputs}), token soup,
 * random bytes and lone surrogates. Each input has its own seed, derived from
 * the campaign's, so a campaign replays exactly. A failure is kept once per
 * signature (what broke, and where), shrunk to a small input, and written to
 * the output folder with what went wrong.
 */
final class FuzzCampaign {
    /** An input that takes longer than this is a failure (nothing a user writes may hang the tools). */
    private static final Duration INPUT_TIMEOUT = Duration.ofSeconds(20);
    private static final int MAX_SIGNATURES = 50;

    /** One kind of breakage: the first input that showed it (and its shrunk form), and how often it was seen. */
    record Failure(String signature, String kind, Path file, String input, String shrunk, String detail, long[] seen) {
    }

    /** What a campaign ran and found. */
    record Outcome(long seed, long inputs, Map<String, Long> byKind, List<Failure> failures, Duration elapsed) {
        String summary() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format("fuzz: %,d inputs in %.1f s (%,.0f/s), seed %d%n", inputs,
                    elapsed.toMillis() / 1000.0, inputs * 1000.0 / Math.max(1, elapsed.toMillis()), seed));
            byKind.forEach((k, n) -> sb.append(String.format("  %-11s %,d%n", k, n)));
            sb.append(failures.isEmpty() ? "  no failures\n" : "  " + failures.size() + " kinds of failure:\n");
            for (Failure f : failures) {
                sb.append("  - ").append(f.signature()).append(" (").append(f.seen()[0]).append(" inputs; first: ")
                        .append(f.kind()).append(")\n    smallest input: ").append(FuzzTarget.quote(f.shrunk()))
                        .append('\n');
            }
            return sb.toString();
        }

        String details() {
            StringBuilder sb = new StringBuilder(summary());
            for (Failure f : failures) {
                sb.append("\n== ").append(f.signature()).append("\nsmallest input (as ").append(f.file().getFileName())
                        .append("):\n").append(f.shrunk()).append("\n-- what happened:\n").append(f.detail()).append('\n');
            }
            return sb.toString();
        }
    }

    private record Input(String kind, Path file, String text) {
    }

    private final long seed;
    private final Duration budget;
    private final long maxInputs;
    private final Path out;
    private final Path repository = FuzzInputs.repositoryRoot();
    private final List<FuzzInputs.Sample> corpus = FuzzInputs.corpus();
    private final FuzzTarget target = new FuzzTarget(repository);
    private ExecutorService worker = newWorker();

    FuzzCampaign(long seed, Duration budget, long maxInputs, Path out) {
        this.seed = seed;
        this.budget = budget;
        this.maxInputs = maxInputs;
        this.out = out;
    }

    Outcome run() throws IOException, InterruptedException {
        Files.createDirectories(out);
        Map<String, Long> byKind = new LinkedHashMap<>();
        Map<String, Failure> failures = new LinkedHashMap<>();
        long start = System.nanoTime();
        long deadline = start + budget.toNanos();
        long n = 0;
        long lastProgress = start;
        while (n < maxInputs && System.nanoTime() < deadline) {
            long inputSeed = seed * 1_000_003L + n;
            Input input = make(new Random(inputSeed));
            byKind.merge(input.kind(), 1L, Long::sum);
            n++;
            Throwable problem = attempt(input.file(), input.text(), inputSeed);
            if (problem != null) {
                String signature = signature(problem);
                Failure known = failures.get(signature);
                if (known != null) {
                    known.seen()[0]++;
                } else if (failures.size() < MAX_SIGNATURES) {
                    String shrunk = shrink(input.file(), input.text(), inputSeed, signature);
                    Throwable again = attempt(input.file(), shrunk, inputSeed);
                    Failure f = new Failure(signature, input.kind(), input.file(), input.text(), shrunk,
                            describe(again != null ? again : problem), new long[]{1});
                    failures.put(signature, f);
                    save(f, failures.size());
                }
            }
            if (System.nanoTime() - lastProgress > 60_000_000_000L) {
                lastProgress = System.nanoTime();
                write(out.resolve("progress.txt"), new Outcome(seed, n, byKind,
                        List.copyOf(failures.values()), Duration.ofNanos(lastProgress - start)).summary());
            }
        }
        worker.shutdownNow();
        Outcome outcome = new Outcome(seed, n, byKind, List.copyOf(failures.values()),
                Duration.ofNanos(System.nanoTime() - start));
        write(out.resolve("summary.txt"), outcome.details());
        return outcome;
    }

    private Input make(Random r) {
        FuzzInputs.Sample sample = corpus.get(r.nextInt(corpus.size()));
        Path beside = sample.path().resolveSibling("fuzz-input.fabric");
        Path generated = repository.resolve("fuzz-input.fabric");
        int pick = r.nextInt(100);
        if (pick < 20) {
            return new Input("generated", generated, new FabricWriter(r).file());
        } else if (pick < 40) {
            return new Input("relaid", beside, FuzzInputs.relayout(sample.text(), r));
        } else if (pick < 70) {
            return new Input("mutated", beside, FuzzInputs.mutate(sample.text(), r, corpus));
        } else if (pick < 80) {
            return new Input("generated+", generated, FuzzInputs.mutate(new FabricWriter(r).file(), r, corpus));
        } else if (pick < 90) {
            return new Input("soup", generated, FuzzInputs.tokenSoup(r));
        } else if (pick < 95) {
            return new Input("bytes", generated, FuzzInputs.randomBytes(r));
        }
        return new Input("surrogates", beside, FuzzInputs.loneSurrogates(sample.text(), r));
    }

    /** Runs one input on the worker thread; the throwable it ended with, or null. */
    private Throwable attempt(Path file, String text, long inputSeed) throws InterruptedException {
        Future<?> f = worker.submit(() -> {
            target.run(file, text, new Random(inputSeed));
            return null;
        });
        try {
            f.get(INPUT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            f.cancel(true);
            worker.shutdownNow();
            worker = newWorker(); // the stuck thread is a daemon: it cannot keep the JVM alive
            return new TimeoutException("an input took more than " + INPUT_TIMEOUT.toSeconds() + " s");
        }
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** What broke and where: the throwable's type, its message's first line without figures, its first project frame. */
    static String signature(Throwable t) {
        String message = t.getMessage() == null ? "" : t.getMessage().lines().findFirst().orElse("");
        message = message.replaceAll("\\d+", "#").replaceAll("'[^']*'", "'…'").replaceAll("\"[^\"]*\"", "\"…\"");
        if (message.length() > 100) {
            message = message.substring(0, 100) + "…";
        }
        String where = "";
        for (StackTraceElement e : t.getStackTrace()) {
            if (e.getClassName().startsWith("io.fabriclint.") && !e.getClassName().startsWith("io.fabriclint.cli.fuzz.")
                    && !e.getClassName().startsWith("io.fabriclint.analyzer.testing.")) {
                where = " at " + e.getClassName().substring(e.getClassName().lastIndexOf('.') + 1) + "."
                        + e.getMethodName();
                break;
            }
        }
        return t.getClass().getSimpleName() + ": " + message + where;
    }

    /**
     * A smaller input with the same signature: removes halves, quarters, … of the text
     * (lines first, then characters) while the failure stays, within a few hundred attempts.
     */
    private String shrink(Path file, String text, long inputSeed, String signature) throws InterruptedException {
        String best = text;
        int attempts = 0;
        // A tenth of the budget, between 2 and 30 s: a short run still reports, a long one shrinks well.
        long until = System.nanoTime() + Math.max(2_000_000_000L, Math.min(30_000_000_000L, budget.toNanos() / 10));
        for (boolean byLine : new boolean[]{true, false}) {
            for (int chunk = Math.max(1, units(best, byLine).size() / 2); chunk >= 1; chunk /= 2) {
                int at = 0;
                while (true) {
                    List<String> units = units(best, byLine);
                    if (at >= units.size() || attempts >= 600 || System.nanoTime() > until) {
                        break;
                    }
                    String candidate = String.join("", units.subList(0, at))
                            + String.join("", units.subList(Math.min(units.size(), at + chunk), units.size()));
                    attempts++;
                    Throwable t = attempt(file, candidate, inputSeed);
                    if (t != null && signature(t).equals(signature)) {
                        best = candidate;
                    } else {
                        at += chunk;
                    }
                }
            }
        }
        return best;
    }

    /** The text as lines (each with its line break) or as code points. */
    private static List<String> units(String text, boolean byLine) {
        List<String> out = new ArrayList<>();
        if (byLine) {
            int start = 0;
            for (int k = 0; k < text.length(); k++) {
                if (text.charAt(k) == '\n') {
                    out.add(text.substring(start, k + 1));
                    start = k + 1;
                }
            }
            if (start < text.length()) {
                out.add(text.substring(start));
            }
        } else {
            text.codePoints().forEach(c -> out.add(new String(Character.toChars(c))));
        }
        return out;
    }

    private static String describe(Throwable t) {
        StringWriter sw = new StringWriter();
        t.printStackTrace(new PrintWriter(sw));
        return sw.toString();
    }

    private void save(Failure f, int number) throws IOException {
        String name = String.format("failure-%02d", number);
        write(out.resolve(name + ".fabric"), f.shrunk());
        write(out.resolve(name + ".original.fabric"), f.input());
        write(out.resolve(name + ".txt"), f.signature() + "\nfirst seen in a '" + f.kind() + "' input, as " + f.file()
                + "\n\n" + f.detail());
    }

    /** UTF-8, a lone surrogate written as `?` (the inputs may hold them). */
    private static void write(Path file, String text) throws IOException {
        Files.write(file, text.getBytes(StandardCharsets.UTF_8));
    }
}
