package org.unionkg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Appends a load test's figures to the benchmark results file ({@code bench/RESULTS.md}) as a Markdown
 * section: when, on what machine and JDK (and how busy the machine was), against what store, and the figures.
 * The file is a log: sections are only ever added.
 */
public final class BenchReport {

    static final String HEADER = """
            # unionkg benchmark results

            Appended by `./unionkg load-test` (org.unionkg.bench.LoadTest), newest last. Each section says the
            machine, the JDK, the store and the load; the figures are measurements, never pass/fail thresholds.
            Latency is per request, from sending the query to the last byte of the answer (JSON results), over
            loopback, with the client threads on the same machine as the server (they compete for the CPUs).
            """;

    private BenchReport() {}

    /** The section for one run. {@code store} says what was served, e.g. "seeds/ (5 pages, 2,717 quads)". */
    public static String section(LoadTest.Figures f, List<LoadTest.Request> requests, String store, String notes) {
        StringBuilder md = new StringBuilder();
        String when = ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT));
        md.append(String.format(Locale.ROOT, "%n## %s — %d clients, %d s (after %d s warm-up)%n%n", when,
                f.settings().clients(), f.settings().duration().toSeconds(), f.settings().warmup().toSeconds()));
        md.append("- machine: ").append(machine()).append('\n');
        md.append("- JDK: ").append(jdk()).append('\n');
        md.append("- store: ").append(store).append('\n');
        md.append("- queries (round robin): ").append(String.join("; ", requests.stream()
                .map(r -> r.bound().isEmpty() ? r.name() : r.name() + " (" + r.bound() + ")").toList())).append('\n');
        if (notes != null && !notes.isBlank()) md.append("- notes: ").append(notes).append('\n');
        md.append('\n');
        md.append("| query | requests | p50 ms | p90 ms | p99 ms | max ms |\n");
        md.append("|---|---:|---:|---:|---:|---:|\n");
        for (Map.Entry<String, LoadTest.Latency> e : f.perQuery().entrySet()) {
            md.append(row(e.getKey(), e.getValue()));
        }
        md.append(row("**all**", f.overall()));
        md.append(String.format(Locale.ROOT, "%nThroughput **%.1f requests/s**; %,d requests, **%d failed**.%n",
                f.throughput(), f.requests(), f.failures()));
        for (String s : f.failureSamples()) md.append("- failure: ").append(s).append('\n');
        return md.toString();
    }

    private static String row(String name, LoadTest.Latency l) {
        return String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f | %.1f | %.1f |%n", name, l.requests(), l.p50(), l.p90(), l.p99(), l.max());
    }

    /** Appends the section, writing the file's header first when the file is new. */
    public static void append(Path file, String section) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        if (!Files.exists(file)) {
            Files.writeString(file, HEADER, StandardCharsets.UTF_8);
        }
        Files.writeString(file, section, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    static String machine() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        String cpu = cpuModel();
        return String.format(Locale.ROOT, "%s %s %s, %d CPUs%s, load average %.1f at the start",
                System.getProperty("os.name"), System.getProperty("os.version"), System.getProperty("os.arch"),
                Runtime.getRuntime().availableProcessors(), cpu.isEmpty() ? "" : " (" + cpu + ")",
                os.getSystemLoadAverage());
    }

    static String jdk() {
        return String.format(Locale.ROOT, "%s %s (%s), max heap %d MB",
                System.getProperty("java.vm.name"), System.getProperty("java.runtime.version"),
                System.getProperty("java.vendor"), Runtime.getRuntime().maxMemory() / (1024 * 1024));
    }

    private static String cpuModel() {
        Path info = Path.of("/proc/cpuinfo");
        if (!Files.isReadable(info)) return "";
        try (Stream<String> lines = Files.lines(info)) {
            return lines.filter(l -> l.startsWith("model name")).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("");
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
