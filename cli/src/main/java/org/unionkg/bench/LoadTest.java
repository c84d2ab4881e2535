package org.unionkg.bench;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.unionkg.query.CannedQuery;
import org.unionkg.query.QueryParam;
import org.unionkg.query.QueryRunner;

import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A closed-loop load test of a SPARQL endpoint: {@code clients} threads, each with its own HTTP client (its
 * own connection, as separate users have), send the canned queries one after the other for a fixed time,
 * each waiting for the whole answer before sending the next. Every answer must be HTTP 200 with a body;
 * anything else is a failure. What comes out are figures, not verdicts: throughput and latency percentiles,
 * overall and per query.
 * <p>
 * A canned query with parameters runs with the example values its header gives ({@code e.g. 刘欣欣}),
 * bound as RDF terms the way {@code unionkg query --param} binds them; one without an example is skipped.
 */
public final class LoadTest {

    /** How hard and how long. A warm-up (not counted) lets the JIT and the caches settle first. */
    public record Settings(int clients, Duration duration, Duration warmup) {
        public Settings {
            if (clients < 1) throw new IllegalArgumentException("clients must be at least 1: " + clients);
            if (duration.isNegative() || duration.isZero()) throw new IllegalArgumentException("duration must be positive");
            if (warmup.isNegative()) throw new IllegalArgumentException("warm-up must not be negative");
        }
    }

    /** One request to send: a canned query's name, what was bound, and the SPARQL text with the values in it. */
    public record Request(String name, String bound, String sparql) {}

    /** Latency percentiles in milliseconds over a set of requests. */
    public record Latency(long requests, double p50, double p90, double p99, double max) {
        static Latency of(long[] nanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Latency(sorted.length, ms(percentile(sorted, 50)), ms(percentile(sorted, 90)),
                    ms(percentile(sorted, 99)), ms(sorted.length == 0 ? 0 : sorted[sorted.length - 1]));
        }

        /** Nearest-rank percentile. */
        static long percentile(long[] sorted, int p) {
            if (sorted.length == 0) return 0;
            int rank = (int) Math.ceil(p / 100.0 * sorted.length);
            return sorted[Math.max(0, rank - 1)];
        }

        private static double ms(long nanos) {
            return nanos / 1e6;
        }
    }

    /** What a run measured. {@code failureSamples} holds the first few failures, as text. */
    public record Figures(Settings settings, Duration measured, long requests, long failures, double throughput,
                          Latency overall, Map<String, Latency> perQuery, List<String> failureSamples) {}

    private static final Pattern EXAMPLE = Pattern.compile("e\\.g\\.\\s*(\\S+)");

    private LoadTest() {}

    /** The requests for these canned queries: parameters bound to their documented example, or the query skipped. */
    public static List<Request> requests(List<CannedQuery> queries) {
        List<Request> out = new ArrayList<>();
        for (CannedQuery q : queries) {
            Map<String, String> values = new LinkedHashMap<>();
            for (QueryParam p : q.params()) {
                example(p).ifPresent(v -> values.put(p.name(), v));
            }
            if (q.params().stream().anyMatch(p -> !p.optional() && !values.containsKey(p.name()))) {
                continue;
            }
            Query query = QueryFactory.create(q.sparql());
            Map<Var, org.apache.jena.graph.Node> substitutions = new HashMap<>();
            QueryRunner.bindings(q, values).forEach((name, node) -> substitutions.put(Var.alloc(name), node));
            Query bound = substitutions.isEmpty() ? query
                    : QueryRunner.withoutConstantSortKeys(QueryTransformOps.syntaxSubstitute(query, substitutions));
            String shown = String.join(", ", values.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
            out.add(new Request(q.name(), shown, bound.serialize()));
        }
        return out;
    }

    /** The example value of a parameter, from "… e.g. 刘欣欣" in its description (trailing punctuation dropped). */
    static Optional<String> example(QueryParam p) {
        Matcher m = EXAMPLE.matcher(p.description());
        if (!m.find()) return Optional.empty();
        String v = m.group(1).replaceAll("[,，.。;；)）]+$", "");
        return v.isEmpty() ? Optional.empty() : Optional.of(v);
    }

    /** Runs the load against a SPARQL query endpoint (e.g. {@code http://localhost:3030/unionkg/query}). */
    public static Figures run(String endpoint, List<Request> requests, Settings settings) throws InterruptedException {
        if (requests.isEmpty()) throw new IllegalArgumentException("no queries to send");
        List<URI> uris = requests.stream()
                .map(r -> URI.create(endpoint + "?query=" + URLEncoder.encode(r.sparql(), StandardCharsets.UTF_8)))
                .toList();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        long[] failed = new long[settings.clients()];
        LongList[][] latencies = new LongList[settings.clients()][requests.size()];
        CountDownLatch ready = new CountDownLatch(settings.clients());
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2];      // start and end of the measured window, nanoTime
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < settings.clients(); c++) {
            int client = c;
            for (int q = 0; q < requests.size(); q++) latencies[c][q] = new LongList();
            Thread t = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(10)).build();
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    return;
                }
                // clients start at different queries so that all queries run at once from the first second
                for (int i = client; System.nanoTime() < window[1]; i++) {
                    int q = i % uris.size();
                    long t0 = System.nanoTime();
                    String problem = send(http, uris.get(q));
                    long t1 = System.nanoTime();
                    if (problem != null) {                      // a failure counts whenever it happens
                        failed[client]++;
                        if (failures.size() < 5) failures.add(requests.get(q).name() + ": " + problem);
                    } else if (t0 >= window[0] && t1 <= window[1]) {   // timings: the measured window only
                        latencies[client][q].add(t1 - t0);
                    }
                }
            }, "load-test-client-" + c);
            t.setDaemon(true);
            threads.add(t);
            t.start();
        }
        ready.await();
        long start = System.nanoTime();
        window[0] = start + settings.warmup().toNanos();
        window[1] = window[0] + settings.duration().toNanos();
        go.countDown();
        for (Thread t : threads) t.join();

        Map<String, Latency> perQuery = new LinkedHashMap<>();
        LongList all = new LongList();
        for (int q = 0; q < requests.size(); q++) {
            LongList one = new LongList();
            for (int c = 0; c < settings.clients(); c++) one.addAll(latencies[c][q]);
            perQuery.put(requests.get(q).name(), Latency.of(one.toArray()));
            all.addAll(one);
        }
        long failures1 = Arrays.stream(failed).sum();
        long done = all.size() + failures1;
        Duration measured = settings.duration();
        return new Figures(settings, measured, done, failures1, all.size() / (measured.toNanos() / 1e9),
                Latency.of(all.toArray()), perQuery, List.copyOf(failures));
    }

    /** Sends one query; null when it was answered (200 and a body), otherwise what went wrong. */
    private static String send(HttpClient http, URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Accept", "application/sparql-results+json")
                .timeout(Duration.ofSeconds(60)).GET().build();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                long bytes = body.transferTo(java.io.OutputStream.nullOutputStream());
                if (response.statusCode() != 200) return "HTTP " + response.statusCode();
                if (bytes == 0) return "empty answer";
                return null;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        } catch (Exception e) {
            return e.toString();
        }
    }

    /** A growable array of longs (no boxing in the measuring loop). */
    static final class LongList {
        private long[] a = new long[1024];
        private int n;

        void add(long v) {
            if (n == a.length) a = Arrays.copyOf(a, n * 2);
            a[n++] = v;
        }

        void addAll(LongList o) {
            for (int i = 0; i < o.n; i++) add(o.a[i]);
        }

        int size() {
            return n;
        }

        long[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }
}
