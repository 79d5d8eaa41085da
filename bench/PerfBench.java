import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every figure of the performance goals in one run, each beside its baseline
 * and its goal (docs/performance.md). Run with bench/perf from a fresh clone:
 * it generates its own inputs, compiles its own baselines (a bare JVM's
 * `Hello` and a bare ANTLR lex+parse of the same files), and times the real
 * commands through the `./fabric` launcher as users run them.
 */
public final class PerfBench {
    /** -Dscale=N divides every generated size by N (a quick check of the bench itself). */
    private static final int SCALE = Integer.getInteger("scale", 1);
    private static final int WORKSPACE_FILES = 100;
    private static final int PODS_PER_FILE = 370 / SCALE;
    private static final int PODS_ONE_FILE = 37_000 / SCALE;

    private final Path root;
    private final Path launcher;
    private final Path jar;
    private final Path work;
    private final List<String[]> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();
    private final int runs;

    private PerfBench(Path root, Path work, int runs) {
        this.root = root;
        this.launcher = root.resolve("fabric");
        this.jar = root.resolve("cli/target/fabric.jar");
        this.work = work;
        this.runs = runs;
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Path work = Files.createTempDirectory("fabric-perf");
        try {
            new PerfBench(root, work, Integer.getInteger("runs", 11)).run();
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private void run() throws Exception {
        String loadBefore = load();
        System.err.println("generating inputs in " + work);
        Path small = root.resolve("examples/three-tier-clos.fabric");
        Path ws = work.resolve("workspace");
        Files.createDirectories(ws);
        long wsLines = 0;
        for (int f = 0; f < WORKSPACE_FILES; f++) {
            String text = pods(PODS_PER_FILE, "f" + f);
            Files.writeString(ws.resolve(String.format(Locale.ROOT, "pods-%03d.fabric", f)), text);
            wsLines += lines(text);
        }
        Path one = work.resolve("one.fabric");
        String oneText = pods(PODS_ONE_FILE, "one");
        Files.writeString(one, oneText);
        long oneLines = lines(oneText);
        Path classes = compileBaselines();

        System.err.println("start-up: lint of a small file against a bare JVM");
        List<Double> hello = new ArrayList<>();
        List<Double> lint = new ArrayList<>();
        List<Double> plainJar = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            hello.add(time(List.of("java", "-cp", classes.toString(), "Hello"), null).ms);
            lint.add(time(List.of(launcher.toString(), "lint", small.toString()), null).ms);
            plainJar.add(time(List.of("java", "-jar", jar.toString(), "lint", small.toString()), null).ms);
        }
        double h = median(hello);
        double l = median(lint);
        row("`./fabric lint " + small.getFileName() + "` ÷ `java -cp . Hello` (medians of " + runs + ")",
                ratio(l / h) + " (" + ms(l) + " ÷ " + ms(h) + ")", "≤ 3×", l / h <= 3);
        row("`java -jar fabric.jar lint " + small.getFileName() + "` ÷ `java -cp . Hello` (no archive)",
                ratio(median(plainJar) / h) + " (" + ms(median(plainJar)) + ")", "(fast without the launcher)", null);

        System.err.println("start-up: fabric lsp to the first diagnostics");
        Path lspFolder = work.resolve("lsp-small");
        Files.createDirectories(lspFolder);
        Path lspFile = Files.copy(small, lspFolder.resolve(small.getFileName()));
        List<Double> firstDiagnostics = new ArrayList<>();
        for (int i = 0; i < Math.max(5, runs / 2); i++) {
            firstDiagnostics.add(new LspSession(launcher, "", lspFolder).firstDiagnostics(lspFile, null));
        }
        double fd = median(firstDiagnostics);
        row("`fabric lsp` launch → first `publishDiagnostics`, small file (median of " + firstDiagnostics.size() + ")",
                ms(fd), "≤ 250 ms", fd <= 250);

        throughput("workspace", ws, allFiles(ws), wsLines);
        throughput("one file", one, List.of(one), oneLines);
        boundedHeap("workspace", ws);
        boundedHeap("one file", one);
        lspBoundedHeap(ws);
        latency();
        growth();

        String loadAfter = load();
        System.out.println();
        System.out.println("fabric-lint performance (bench/perf), " + LocalDate.now() + ": " + machine());
        System.out.println("load average (1, 5, 15 min) before: " + loadBefore + "; after: " + loadAfter);
        System.out.println();
        System.out.println("| figure | measured | goal | met |");
        System.out.println("|---|---|---|---|");
        for (String[] r : rows) {
            System.out.println("| " + String.join(" | ", r) + " |");
        }
        for (String n : notes) {
            System.out.println();
            System.out.println(n);
        }
    }

    // ------------------------------------------------------------------ figures

    private void throughput(String what, Path target, List<Path> files, long lines) throws Exception {
        System.err.println("throughput: " + what);
        List<Double> lint = new ArrayList<>();
        List<Double> bare = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            lint.add(time(List.of(launcher.toString(), "lint", "--format", "json", target.toString()), null).ms);
            List<String> cmd = new ArrayList<>(List.of("java", "-cp", jar + ":" + work.resolve("classes"), "BareParse"));
            files.forEach(f -> cmd.add(f.toString()));
            bare.add(time(cmd, null).ms);
        }
        double l = median(lint);
        double b = median(bare);
        double perSecond = lines / (l / 1000);
        row("lint, " + what + " of " + String.format(Locale.ROOT, "%,d", lines) + " lines"
                        + (files.size() > 1 ? " in " + files.size() + " files" : "") + " (median of 3)",
                String.format(Locale.ROOT, "%.2f s, %,.0f lines/s", l / 1000, perSecond), "≥ 500,000 lines/s",
                perSecond >= 500_000);
        row("same ÷ bare ANTLR lex+parse in one JVM, SLL (" + String.format(Locale.ROOT, "%.2f s", b / 1000) + ")",
                ratio(l / b), "≤ 1.5×", l / b <= 1.5);
    }

    private void boundedHeap(String what, Path target) throws Exception {
        System.err.println("memory: " + what + " with -Xmx512m");
        Path gc = work.resolve("gc-" + what.replace(' ', '-') + ".log");
        Timed t = time(List.of(launcher.toString(), "lint", "--format", "json", target.toString()),
                Map.of("FABRIC_JAVA_OPTS", "-Xmx512m -Xlog:gc:file=" + gc));
        Heap heap = Heap.of(gc);
        row("lint, " + what + ", `-Xmx512m`: completes; peak heap in use / after GC; peak RSS",
                (t.exit <= 1 ? "yes" : "NO (exit " + t.exit + ")") + "; " + heap + "; " + mb(t.peakRssKb * 1024),
                "completes with `-Xmx512m`", t.exit <= 1);
    }

    private void lspBoundedHeap(Path ws) throws Exception {
        System.err.println("memory: fabric lsp with the workspace open, -Xmx512m");
        Path gc = work.resolve("gc-lsp.log");
        LspSession session = new LspSession(launcher, "-Xmx512m -Xlog:gc:file=" + gc, ws);
        double ms = session.firstDiagnostics(ws.resolve("pods-050.fabric"), "fabric");
        Heap heap = Heap.of(gc);
        row("`fabric lsp`, 1M-line workspace open, `-Xmx512m`: file diagnostics and a workspace symbol search; peak heap",
                (session.ok ? "yes" : "NO") + ", " + ms(ms) + " to the first diagnostics; " + heap + "; RSS "
                        + mb(session.peakRssKb * 1024), "stays under `-Xmx512m`", session.ok);
    }

    private void latency() throws Exception {
        System.err.println("editor latency: bench/LspBench.java, five runs");
        List<double[]> p99 = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Process p = new ProcessBuilder("java", "-Druns=" + 500 / SCALE, "-Dwarmup=" + 300 / SCALE, "-cp",
                    jar.toString(), root.resolve("bench/LspBench.java").toString(), launcher.toString())
                    .redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor();
            Matcher m = Pattern.compile("p99 ([0-9.]+) ([0-9.]+) ([0-9.]+)").matcher(out);
            if (!m.find()) {
                throw new IllegalStateException("LspBench failed:\n" + out);
            }
            p99.add(new double[]{Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)),
                    Double.parseDouble(m.group(3))});
        }
        String[] names = {"`didChange` → diagnostics", "completion", "hover"};
        double[] goals = {25, 10, 10};
        for (int k = 0; k < 3; k++) {
            List<String> each = new ArrayList<>();
            boolean met = true;
            for (double[] r : p99) {
                each.add(String.format(Locale.ROOT, "%.1f", r[k]));
                met &= r[k] <= goals[k];
            }
            row(names[k] + " p99 on 10,000 lines, five runs (ms)", String.join(", ", each),
                    "≤ " + (int) goals[k] + " ms", met);
        }
    }

    private void growth() throws Exception {
        System.err.println("growth: one file at 10k, 100k, 1M lines");
        List<String> table = new ArrayList<>();
        table.add("Growth: `./fabric lint --format json` of one file of generated pods (median of 3; the cost of a "
                + "100-line file, start-up included, is " + ms(baselineSmall()) + "):");
        table.add("");
        table.add("| lines | wall | beyond start-up | lines/s beyond start-up |");
        table.add("|---:|---:|---:|---:|");
        double start = baselineSmall();
        for (int pods : new int[]{385 / SCALE, 3_846 / SCALE, 38_462 / SCALE}) {
            String text = pods(pods, "g");
            Path f = work.resolve("growth-" + pods + ".fabric");
            Files.writeString(f, text);
            List<Double> t = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                t.add(time(List.of(launcher.toString(), "lint", "--format", "json", f.toString()), null).ms);
            }
            double wall = median(t);
            long n = lines(text);
            table.add(String.format(Locale.ROOT, "| %,d | %s | %s | %,.0f |", n, ms(wall), ms(wall - start),
                    n / Math.max(0.001, (wall - start) / 1000)));
            Files.delete(f);
        }
        notes.add(String.join("\n", table));
    }

    private Double smallBaseline;

    private double baselineSmall() throws Exception {
        if (smallBaseline == null) {
            Path f = work.resolve("growth-small.fabric");
            Files.writeString(f, pods(4, "s"));
            List<Double> t = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                t.add(time(List.of(launcher.toString(), "lint", "--format", "json", f.toString()), null).ms);
            }
            smallBaseline = median(t);
        }
        return smallBaseline;
    }

    // ------------------------------------------------------------------ inputs and baselines

    /** Pods of a rack, a GPU tier, a leaf tier and the link between them: 26 lines each. */
    static String pods(int n, String name) {
        StringBuilder sb = new StringBuilder(n * 300);
        sb.append("fabric ").append(name).append(" {\n  pue 1.2\n}\n");
        for (int i = 0; i < n; i++) {
            sb.append("// pod ").append(i).append('\n')
                    .append("rack r").append(i).append(" {\n  count 2\n  power 30kW\n}\n\n")
                    .append("tier gpu").append(i).append(" {\n  count 8\n  rack r").append(i)
                    .append("\n  height 4U\n  power 3kW\n  port nic: 2 x QSFP-DD 400G\n}\n\n")
                    .append("tier leaf").append(i).append(" {\n  rack r").append(i)
                    .append("\n  power 500W\n  port down: 16 x QSFP-DD 400G\n}\n\n")
                    .append("link gpu").append(i).append(".nic -> leaf").append(i).append(".down {\n")
                    .append("  module QDD-400G-DR4\n  fiber OS2\n  length 100m\n}\n\n");
        }
        return sb.toString();
    }

    static long lines(String text) {
        return text.chars().filter(c -> c == '\n').count();
    }

    private static final String HELLO = """
            public class Hello {
                public static void main(String[] args) {
                    System.out.println("Hello");
                }
            }
            """;

    /** ANTLR alone: lex and parse each file with the project's grammar, SLL, one thread, default parse tree. */
    private static final String BARE_PARSE = """
            import io.fabriclint.grammar.FabricLexer;
            import io.fabriclint.grammar.FabricParser;
            import org.antlr.v4.runtime.CharStreams;
            import org.antlr.v4.runtime.CommonTokenStream;
            import org.antlr.v4.runtime.atn.PredictionMode;

            public class BareParse {
                public static void main(String[] args) throws Exception {
                    int errors = 0;
                    for (String file : args) {
                        FabricLexer lexer = new FabricLexer(CharStreams.fromFileName(file));
                        lexer.removeErrorListeners();
                        FabricParser parser = new FabricParser(new CommonTokenStream(lexer));
                        parser.removeErrorListeners();
                        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
                        parser.file();
                        errors += parser.getNumberOfSyntaxErrors();
                    }
                    if (errors > 0) {
                        throw new IllegalStateException(errors + " syntax errors");
                    }
                }
            }
            """;

    private Path compileBaselines() throws IOException {
        Path src = work.resolve("src");
        Path classes = work.resolve("classes");
        Files.createDirectories(src);
        Files.createDirectories(classes);
        Files.writeString(src.resolve("Hello.java"), HELLO);
        Files.writeString(src.resolve("BareParse.java"), BARE_PARSE);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, "-d", classes.toString(), "-cp", jar.toString(),
                src.resolve("Hello.java").toString(), src.resolve("BareParse.java").toString());
        if (status != 0) {
            throw new IllegalStateException("javac failed");
        }
        return classes;
    }

    private static List<Path> allFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }

    // ------------------------------------------------------------------ measuring

    record Timed(double ms, int exit, long peakRssKb) {
    }

    /** Runs a command to its end: wall time, exit status, and the peak resident set (Linux). */
    static Timed time(List<String> cmd, Map<String, String> env) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        if (env != null) {
            pb.environment().putAll(env);
        }
        long start = System.nanoTime();
        Process p = pb.start();
        long rss = 0;
        while (!p.waitFor(20, TimeUnit.MILLISECONDS)) {
            rss = Math.max(rss, peakRss(p.pid()));
        }
        double ms = (System.nanoTime() - start) / 1e6;
        return new Timed(ms, p.exitValue(), rss);
    }

    static long peakRss(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process has just ended
        }
        return 0;
    }

    /** Heap figures from a `-Xlog:gc` log: the most in use before a collection, and the most left after one. */
    record Heap(long beforeMb, long afterMb) {
        static Heap of(Path log) throws IOException {
            long before = 0;
            long after = 0;
            if (Files.exists(log)) {
                Matcher m = Pattern.compile("Pause .* (\\d+)M->(\\d+)M\\(").matcher(Files.readString(log));
                while (m.find()) {
                    before = Math.max(before, Long.parseLong(m.group(1)));
                    after = Math.max(after, Long.parseLong(m.group(2)));
                }
            }
            return new Heap(before, after);
        }

        @Override
        public String toString() {
            return beforeMb == 0 ? "no collection" : beforeMb + " MB / " + afterMb + " MB";
        }
    }

    /** A language server started through the launcher, spoken to over stdio. */
    static final class LspSession {
        private final Path launcher;
        private final String javaOpts;
        private final Path folder;
        boolean ok;
        long peakRssKb;

        LspSession(Path launcher, String javaOpts, Path folder) {
            this.launcher = launcher;
            this.javaOpts = javaOpts;
            this.folder = folder;
        }

        /**
         * Milliseconds from starting the process to the first diagnostics of {@code file};
         * with {@code symbolQuery}, a workspace symbol search follows (it reads every file).
         */
        double firstDiagnostics(Path file, String symbolQuery) throws Exception {
            ProcessBuilder pb = new ProcessBuilder(launcher.toString(), "lsp")
                    .redirectError(ProcessBuilder.Redirect.DISCARD);
            pb.environment().put("FABRIC_LSP_JAVA_OPTS", javaOpts);
            long start = System.nanoTime();
            Process p = pb.start();
            OutputStream in = p.getOutputStream();
            Reader out = new Reader(p.getInputStream());
            String text = Files.readString(file);
            send(in, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"processId\":null,"
                    + "\"rootUri\":\"" + folder.toUri() + "\",\"capabilities\":{}}}");
            send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
            send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":{\"uri\":\""
                    + file.toUri() + "\",\"languageId\":\"fabric\",\"version\":1,\"text\":\"" + json(text) + "\"}}}");
            out.await("publishDiagnostics");
            double ms = (System.nanoTime() - start) / 1e6;
            if (symbolQuery != null) {
                send(in, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"workspace/symbol\",\"params\":{\"query\":\""
                        + symbolQuery + "\"}}");
                out.await("\"id\":2");
            }
            send(in, "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"shutdown\"}");
            out.await("\"id\":3");
            peakRssKb = peakRss(p.pid());
            send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
            ok = p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
            p.destroyForcibly();
            return ms;
        }

        private static String json(String s) {
            return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\r", "\\r")
                    .replace("\t", "\\t");
        }

        private static void send(OutputStream out, String json) throws IOException {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
        }
    }

    /** The server's output, read until a marker has gone by. */
    static final class Reader {
        private final InputStream in;
        private final StringBuilder seen = new StringBuilder();
        private int consumed;

        Reader(InputStream in) {
            this.in = in;
        }

        void await(String marker) throws IOException {
            byte[] buffer = new byte[1 << 16];
            while (seen.indexOf(marker, consumed) < 0) {
                int n = in.read(buffer);
                if (n < 0) {
                    throw new IOException("the server stopped before " + marker);
                }
                seen.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            }
            consumed = seen.indexOf(marker, consumed) + marker.length();
        }
    }

    // ------------------------------------------------------------------ reporting

    private void row(String figure, String measured, String goal, Boolean met) {
        rows.add(new String[]{figure, measured, goal, met == null ? "" : met ? "yes" : "**no**"});
    }

    static double median(List<Double> values) {
        double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    static String ms(double ms) {
        return ms >= 10_000 ? String.format(Locale.ROOT, "%.1f s", ms / 1000) : String.format(Locale.ROOT, "%.0f ms", ms);
    }

    static String ratio(double r) {
        return String.format(Locale.ROOT, "%.2f×", r);
    }

    static String mb(long bytes) {
        return String.format(Locale.ROOT, "%d MB", bytes / (1024 * 1024));
    }

    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + ", " + parts[1] + ", " + parts[2];
        } catch (IOException e) {
            return "unknown";
        }
    }

    static String machine() {
        Map<String, String> info = new HashMap<>();
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                String[] kv = line.split(":", 2);
                if (kv.length == 2) {
                    info.putIfAbsent(kv[0].trim(), kv[1].trim());
                }
            }
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    info.put("mem", (Long.parseLong(line.replaceAll("\\D", "")) / (1024 * 1024)) + " GB");
                }
            }
        } catch (IOException e) {
            // not Linux: say less
        }
        String java;
        try {
            Process p = new ProcessBuilder("java", "-version").redirectErrorStream(true).start();
            java = new BufferedReader(new InputStreamReader(p.getInputStream())).readLine();
        } catch (IOException e) {
            java = "java ?";
        }
        return info.getOrDefault("model name", "?") + ", " + Runtime.getRuntime().availableProcessors() + " cores, "
                + info.getOrDefault("mem", "?") + " memory, " + java;
    }
}
