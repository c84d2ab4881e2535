package org.unionkg.bench;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.http.QueryExecHTTP;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.system.Txn;
import org.apache.jena.fuseki.main.FusekiServer;
import org.unionkg.evaluate.Evaluator;
import org.unionkg.evaluate.Gold;
import org.unionkg.evaluate.Score;
import org.unionkg.page.BadPageException;
import org.unionkg.page.Manifest;
import org.unionkg.page.Page;
import org.unionkg.page.PageReader;
import org.unionkg.pipeline.PageProcessor;
import org.unionkg.pipeline.ProcessedPage;
import org.unionkg.query.CannedQueries;
import org.unionkg.query.CannedQuery;
import org.unionkg.query.QueryRunner;
import org.unionkg.rdf.ArticleToRdf;
import org.unionkg.server.ServerSettings;
import org.unionkg.server.UnionKgServer;
import org.unionkg.store.BulkLoad;
import org.unionkg.store.GraphStore;
import org.unionkg.store.LoadReport;
import org.unionkg.store.PageLoader;
import org.unionkg.store.ReferenceData;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The scale benchmark: generates N pages, then measures side by side in one JVM
 * <ol>
 *   <li>extraction throughput (one thread, pages in memory) against HanLP's bare segmentation of the same text;</li>
 *   <li>the store write rate of the transactional loader against Jena's TDB2 bulk loader on the same quads;</li>
 *   <li>the whole transactional load of N pages on all cores (pages/s, wall time, peak RSS);</li>
 *   <li>each canned query's p50/p95, in-process and over HTTP through Fuseki;</li>
 *   <li>the re-load of one paper day into the large store, and that it touches only that day's graphs;</li>
 * </ol>
 * and scores the extraction on a sample of the generated pages against their gold facts. The figures are
 * printed and appended to a results file as a markdown section. Times are measured, never asserted.
 */
public final class BenchRun {

    /**
     * @param pages       pages to generate and load
     * @param seed        generator seed
     * @param work        working folder (corpus, stores, N-Quads); reused when it already holds the corpus
     * @param results     markdown file the figures are appended to, or null
     * @param sample      pages timed for the extraction ratio and scored against gold (at most {@code pages})
     * @param queryRuns   timed runs of each canned query (after {@code queryRuns / 5} warm-up runs)
     * @param http        also time the queries over HTTP through Fuseki (needs the Fuseki configuration)
     * @param fusekiConfig the read-only Fuseki configuration ({@code fuseki-config/config.ttl})
     * @param command     the command line, for the record
     */
    public record Options(int pages, long seed, Path work, Path results, int sample, int queryRuns, boolean http,
                          Path fusekiConfig, String command) {}

    private final Options o;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Map<String, String> figures = new LinkedHashMap<>();
    private final StringBuilder md = new StringBuilder();

    public BenchRun(Options o, PrintWriter out, PrintWriter err) {
        this.o = o;
        this.out = out;
        this.err = err;
    }

    /** Runs everything; returns the markdown section it printed (and appended to the results file). */
    public String run() throws IOException {
        long tStart = System.nanoTime();
        Path work = o.work();
        Files.createDirectories(work);
        PageGenerator gen = new PageGenerator(o.seed());
        Path corpusDir = work.resolve("corpus-" + o.pages() + "-" + o.seed());
        Corpus corpus = generate(gen, corpusDir);
        PageProcessor processor = PageProcessor.standard(new PageReader(Manifest.load(corpus.manifest())));

        header(corpus);
        extractionRatio(processor, corpus);
        Path storeDir = work.resolve("tdb2-" + o.pages());
        deleteTree(storeDir);
        long quads = transactionalLoad(processor, corpus, storeDir);
        bulkLoad(processor, corpus, work, quads);
        queries(gen, storeDir);
        reload(gen, processor, corpus, storeDir);
        score(processor, corpus, gen);

        md.append(String.format(Locale.ROOT, "%nWhole run: %.1f s.%n", secs(tStart)));
        String section = md.toString();
        out.println(section);
        if (o.results() != null) {
            Files.createDirectories(o.results().toAbsolutePath().getParent());
            Files.writeString(o.results(), section + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
            err.println("appended to " + o.results());
        }
        return section;
    }

    /**
     * Times the canned queries only, on a store already loaded with this run's pages (e.g. by
     * {@code ./unionkg load} of {@code bench generate}'s output): for stores too big to rebuild in one sitting.
     */
    public String runQueriesOnly(Path storeDir) throws IOException {
        Runtime rt = Runtime.getRuntime();
        md.append(String.format(Locale.ROOT, "## Queries only: store of %,d pages, seed %d — %s%n%n", o.pages(), o.seed(),
                Instant.now()));
        md.append("- Command: `").append(o.command()).append("`\n");
        md.append(String.format(Locale.ROOT, "- Machine: %s, %d cores, %.1f GB RAM; %s %s; max heap %.2f GB; store `%s`%n%n",
                cpuModel(), rt.availableProcessors(), totalMemoryGb(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), rt.maxMemory() / 1e9, storeDir));
        queries(new PageGenerator(o.seed()), storeDir);
        String section = md.toString();
        out.println(section);
        if (o.results() != null) {
            Files.writeString(o.results(), section + "\n", StandardCharsets.UTF_8,
                    java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
        }
        return section;
    }

    /** The figures by key (e.g. {@code extract.ratio}), as printed: for tests and callers that want one number. */
    public Map<String, String> figures() {
        return Map.copyOf(figures);
    }

    // ── 0. the corpus ──

    private Corpus generate(PageGenerator gen, Path dir) throws IOException {
        Path done = dir.resolve(".complete");
        if (Files.exists(done)) {
            err.println("reusing the corpus in " + dir);
            long chars = Long.parseLong(Files.readString(done).strip());
            return new Corpus(dir, o.pages(), chars, java.time.Duration.ZERO);
        }
        deleteTree(dir);
        Corpus c = Corpus.write(gen, o.pages(), dir);
        Files.writeString(done, Long.toString(c.characters()));
        err.printf(Locale.ROOT, "generated %,d pages (%,d characters) in %.1f s%n", c.pages(), c.characters(),
                c.time().toMillis() / 1000.0);
        figure("generate.seconds", c.time().toMillis() / 1000.0);
        return c;
    }

    private void header(Corpus corpus) {
        Runtime rt = Runtime.getRuntime();
        md.append(String.format(Locale.ROOT, "## %,d pages, seed %d — %s%n%n", o.pages(), o.seed(), Instant.now()));
        md.append("- Command: `").append(o.command()).append("`\n");
        md.append(String.format(Locale.ROOT, "- Machine: %s, %d cores, %.1f GB RAM; %s %s; max heap %.2f GB%n",
                cpuModel(), rt.availableProcessors(), totalMemoryGb(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), rt.maxMemory() / 1e9));
        md.append(String.format(Locale.ROOT, "- Corpus: %,d generated pages, %,d characters (%.0f a page), in `%s`%n%n",
                corpus.pages(), corpus.characters(), (double) corpus.characters() / corpus.pages(), corpus.dir()));
    }

    // ── 1. extraction against the NLP floor ──

    private void extractionRatio(PageProcessor processor, Corpus corpus) throws IOException {
        PageReader reader = new PageReader(Manifest.load(corpus.manifest()));
        List<Page> pages = new ArrayList<>();
        long chars = 0;
        List<Path> files = pageFiles(corpus);
        for (Path f : files.subList(0, Math.min(o.sample(), files.size()))) {
            try {
                Page p = reader.read(f);
                pages.add(p);
                chars += p.text().length();
            } catch (BadPageException e) {
                throw new IllegalStateException("a generated page does not read: " + e.getMessage(), e);
            }
        }
        Segment seg = HanLP.newSegment().enableNameRecognize(true).enablePlaceRecognize(true)
                .enableOrganizationRecognize(true);
        // warm both paths up on the same pages before timing (JIT, dictionaries)
        int warm = Math.min(pages.size(), 100);
        for (int round = 0; round < 2; round++) {
            for (Page p : pages.subList(0, warm)) {
                processOrFail(processor, p);
                segment(seg, p.text());
            }
        }
        long t0 = System.nanoTime();
        long sink = 0;
        for (Page p : pages) {
            sink += processOrFail(processor, p).quadCount();
        }
        double pipelineSecs = secs(t0);
        t0 = System.nanoTime();
        for (Page p : pages) {
            sink += segment(seg, p.text());
        }
        double hanlpSecs = secs(t0);
        double pipeCps = chars / pipelineSecs;
        double hanCps = chars / hanlpSecs;
        figure("extract.pages", pages.size());
        figure("extract.chars_per_s", pipeCps);
        figure("extract.pages_per_s", pages.size() / pipelineSecs);
        figure("hanlp.chars_per_s", hanCps);
        figure("extract.ratio", pipeCps / hanCps);
        md.append("### 1. Extraction throughput, one thread, pages in memory\n\n");
        md.append("| path | pages | characters/s | pages/s |\n|---|---|---|---|\n");
        md.append(String.format(Locale.ROOT, "| `PageProcessor.process(Page)` (split, extract, map to RDF) | %,d | %,.0f | %,.1f |%n",
                pages.size(), pipeCps, pages.size() / pipelineSecs));
        md.append(String.format(Locale.ROOT, "| HanLP Viterbi + nr/ns/nt segmentation, line by line | %,d | %,.0f | %,.1f |%n",
                pages.size(), hanCps, pages.size() / hanlpSecs));
        md.append(String.format(Locale.ROOT, "%nRatio pipeline / HanLP = **%.2f** (target ≥ 0.5). (checksum %d)%n%n",
                pipeCps / hanCps, sink % 1000));
    }

    private static ProcessedPage processOrFail(PageProcessor processor, Page p) {
        try {
            return processor.process(p);
        } catch (BadPageException e) {
            throw new IllegalStateException(p.id() + ": " + e.reason(), e);
        }
    }

    private static int segment(Segment seg, String text) {
        int n = 0;
        for (String line : text.split("\n")) {
            if (!line.isBlank()) {
                n += seg.seg(line).size();
            }
        }
        return n;
    }

    // ── 2 and 3. the transactional load on all cores ──

    private long transactionalLoad(PageProcessor processor, Corpus corpus, Path storeDir) {
        long[] write = new long[2];                        // quads, nanos inside write transactions
        LoadReport r;
        try (GraphStore store = GraphStore.open(storeDir)) {
            ReferenceData.install(store);
            PageLoader loader = new PageLoader(processor, store, new Progress("load", err));
            r = loader.load(List.of(corpus.pagesDir()), (pages, quads, nanos) -> {
                write[0] += quads;
                write[1] += nanos;
            });
        }
        double wall = r.time().toMillis() / 1000.0;
        double writeRate = write[0] / (write[1] / 1e9);
        figure("load.pages_per_s", r.pagesLoaded() / wall);
        figure("load.wall_s", wall);
        figure("load.quads", r.quadsAfter());
        figure("load.write_quads_per_s", writeRate);
        figure("load.errors", r.errors().size());
        figure("rss.peak_mb_after_load", peakRssMb());
        md.append("### 3. Transactional load, extraction on all cores, one writer (`PageLoader`)\n\n");
        md.append(String.format(Locale.ROOT, "- %s%n", r.summary()));
        md.append(String.format(Locale.ROOT, "- **%.1f pages/s**, wall **%.1f s** for %,d pages (%,d articles), %,d quads; "
                        + "%d errors%n", r.pagesLoaded() / wall, wall, r.pagesLoaded(), r.articles(), r.quadsAfter(),
                r.errors().size()));
        md.append(String.format(Locale.ROOT, "- inside write transactions: %,d quads in %.1f s = **%,.0f quads/s**%n",
                write[0], write[1] / 1e9, writeRate));
        md.append(String.format(Locale.ROOT, "- peak RSS of this JVM so far (VmHWM): **%,d MB**; %s%n%n",
                peakRssMb(), heapLine()));
        if (!r.errors().isEmpty()) {
            md.append("  first error: ").append(r.errors().get(0)).append("\n\n");
        }
        return r.quadsAfter();
    }

    // ── 2. the bulk path on the same pages ──

    private void bulkLoad(PageProcessor processor, Corpus corpus, Path work, long txnQuads) {
        Path nq = work.resolve("corpus-" + o.pages() + ".nq");
        BulkLoad.Extracted x = BulkLoad.writeNQuads(processor, List.of(corpus.pagesDir()), nq,
                Runtime.getRuntime().availableProcessors(), new Progress("n-quads", err));
        Path bulkDir = work.resolve("tdb2-bulk-" + o.pages());
        deleteTree(bulkDir);
        long t0 = System.nanoTime();
        long loaded;
        long count;
        try (GraphStore store = GraphStore.open(bulkDir)) {
            loaded = BulkLoad.load(store, List.of(nq), BulkLoad.Loader.PARALLEL);
            count = store.quadCount();
        }
        double loadSecs = secs(t0);
        double bulkRate = loaded / loadSecs;
        double txnRate = Double.parseDouble(figures.get("load.write_quads_per_s"));
        figure("bulk.extract_s", x.time().toMillis() / 1000.0);
        figure("bulk.load_s", loadSecs);
        figure("bulk.quads_per_s", bulkRate);
        figure("store.ratio", txnRate / bulkRate);
        md.append("### 2. Store load rate: our transactional writer against the TDB2 bulk loader, same quads\n\n");
        md.append("| path | quads | seconds | quads/s |\n|---|---|---|---|\n");
        md.append(String.format(Locale.ROOT, "| `GraphStore.replacePages` (up to 256 pages a transaction), write time only | %,d | %.1f | %,.0f |%n",
                txnQuads, txnQuads / txnRate, txnRate));
        md.append(String.format(Locale.ROOT, "| `LoaderFactory.parallelLoader` on the N-Quads (`BulkLoad.load`), fresh store | %,d | %.1f | %,.0f |%n",
                loaded, loadSecs, bulkRate));
        md.append(String.format(Locale.ROOT, "%nRatio = **%.2f** (target ≥ 0.8). Extracting to N-Quads on all cores took %.1f s "
                        + "(%,d pages, %,d quads, %d errors); the bulk store holds %,d quads, the transactional one %,d%s.%n%n",
                txnRate / bulkRate, x.time().toMillis() / 1000.0, x.pages(), x.quads(), x.errors().size(), count,
                txnQuads, count == txnQuads ? " (equal)" : " (DIFFERENT)"));
        deleteTree(bulkDir);
        try {
            Files.deleteIfExists(nq);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ── 4. canned queries ──

    private void queries(PageGenerator gen, Path storeDir) {
        SplittableRandom r = new SplittableRandom(o.seed());
        Map<String, Supplier<Map<String, String>>> params = new HashMap<>();
        params.put("article-by-headline", () -> Map.of("words",
                gen.page(r.nextInt(o.pages())).gold().events().get(0).article()));
        params.put("articles-by-journalist", () -> {
            List<Gold.Person> js = gen.page(r.nextInt(o.pages())).gold().people().stream()
                    .filter(Gold.Person::journalist).toList();
            return Map.of("journalist", js.get(r.nextInt(js.size())).name());
        });
        // every other parameter drawn from the gold of a random page, so that each run asks for something the store holds
        params.put("body-search", () -> Map.of("words", headlineWord(gen, r)));
        params.put("search-articles", () -> Map.of("words", headlineWord(gen, r)));
        // a body looked up by its name; a common ending such as 总工会 matches thousands of names, and search.rq
        // groups every hit before its LIMIT, which takes seconds at 2,000 pages
        params.put("search", () -> Map.of("words", drawn(gen, r, g -> g.unions().stream().map(Gold.Union::name).toList())));
        params.put("event-attendees", () -> Map.of("organiser", drawn(gen, r,
                g -> g.events().stream().flatMap(e -> e.organisers().stream()).toList())));
        params.put("union-leaders", () -> Map.of("body", drawn(gen, r,
                g -> g.people().stream().flatMap(x -> x.posts().stream()).map(Gold.Post::org).toList())));
        params.put("evidence", () -> Map.of("person", drawn(gen, r,
                g -> g.people().stream().filter(x -> !x.posts().isEmpty()).map(Gold.Person::name).toList())));
        params.put("events-of-person", () -> Map.of("person", drawn(gen, r,
                g -> g.people().stream().filter(x -> !x.posts().isEmpty()).map(Gold.Person::name).toList())));
        params.put("union-tree", () -> Map.of("union", drawn(gen, r,
                g -> g.unions().stream().map(u -> u.parent() != null ? u.parent() : u.name()).toList())));
        List<CannedQuery> all = new ArrayList<>(CannedQueries.all());
        Map<String, double[]> inProcess = new LinkedHashMap<>();
        try (GraphStore store = GraphStore.open(storeDir)) {
            QueryRunner runner = new QueryRunner(store.datasetGraph(), 120_000);
            for (CannedQuery q : all) {
                inProcess.put(q.name(), time(q, params, p -> (int) runner.select(q, QueryRunner.bindings(q, p)).size()));
            }
        }
        Map<String, double[]> overHttp = new LinkedHashMap<>();
        if (o.http() && o.fusekiConfig() != null && Files.isReadable(o.fusekiConfig())) {
            // one log line per request would bury the figures
            org.apache.jena.atlas.logging.LogCtl.setLevel("org.apache.jena.fuseki", "warn");
            org.apache.jena.atlas.logging.LogCtl.setLevel(org.apache.jena.fuseki.Fuseki.actionLogName, "warn");
            org.apache.jena.atlas.logging.LogCtl.setLevel(org.apache.jena.fuseki.Fuseki.requestLogName, "warn");
            FusekiServer server = UnionKgServer.start(ServerSettings.readOnly(storeDir, 0, o.fusekiConfig(), true));
            try {
                String url = "http://localhost:" + server.getHttpPort() + "/unionkg/query";
                for (CannedQuery q : all) {
                    overHttp.put(q.name(), time(q, params, p -> httpSelect(url, q, p)));
                }
            } finally {
                // release the store (TDB2 connection, Lucene lock) for the re-load that follows
                UnionKgServer.stopAndRelease(server);
            }
        }
        md.append(String.format(Locale.ROOT, "### 4. Canned queries at %,d pages (%d timed runs each, random parameters)%n%n",
                o.pages(), o.queryRuns()));
        md.append("| query | in-process p50 / p95 ms | HTTP (Fuseki, localhost) p50 / p95 ms | HTTP/in-process p50 | rows | scans the whole graph? |\n");
        md.append("|---|---|---|---|---|---|\n");
        for (CannedQuery q : all) {
            double[] a = inProcess.get(q.name());
            double[] h = overHttp.get(q.name());
            figure("query." + q.name() + ".p50_ms", a[0]);
            figure("query." + q.name() + ".p95_ms", a[1]);
            if (h != null) {
                figure("query." + q.name() + ".http_p50_ms", h[0]);
            }
            md.append(String.format(Locale.ROOT, "| %s | %.1f / %.1f | %s | %s | %.0f | %s |%n", q.name(), a[0], a[1],
                    h == null ? "–" : String.format(Locale.ROOT, "%.1f / %.1f", h[0], h[1]),
                    h == null ? "–" : String.format(Locale.ROOT, "%.1f", h[0] / Math.max(a[0], 0.01)), a[2],
                    ScanCheck.describe(q)));
        }
        md.append("\n`Infinity` or `NaN`: runs that failed or exceeded the timeout (Fuseki's `arq:queryTimeout` is 10 s; "
                + "in-process 120 s).\n\n");
    }

    @FunctionalInterface
    private interface Run {
        int rows(Map<String, String> params);
    }

    /** A value {@code pick} finds on a random generated page (pages without one are skipped). */
    private String drawn(PageGenerator gen, SplittableRandom r, java.util.function.Function<Gold, List<String>> pick) {
        for (int tries = 0; ; tries++) {
            List<String> values = pick.apply(gen.page(r.nextInt(o.pages())).gold());
            if (!values.isEmpty()) {
                return values.get(r.nextInt(values.size()));
            }
            if (tries > 1000) {
                throw new IllegalStateException("no generated page has a value for this parameter");
            }
        }
    }

    /** Two Chinese characters in a row from a random headline: a word an analyst might search for. */
    private String headlineWord(PageGenerator gen, SplittableRandom r) {
        String h = drawn(gen, r, g -> g.events().stream().map(Gold.Event::article).toList());
        for (int tries = 0; tries < 20; tries++) {
            int i = r.nextInt(Math.max(1, h.length() - 1));
            String w = h.substring(i, Math.min(h.length(), i + 2));
            if (w.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN) && w.length() == 2) {
                return w;
            }
        }
        return h.substring(0, Math.min(2, h.length()));
    }

    /** p50, p95 (ms) and the mean row count of {@code queryRuns} runs after a fifth as many warm-up runs. */
    private double[] time(CannedQuery q, Map<String, Supplier<Map<String, String>>> params, Run run) {
        Supplier<Map<String, String>> p = params.getOrDefault(q.name(), Map::of);
        int warm = Math.max(1, o.queryRuns() / 5);
        try {
            for (int i = 0; i < warm; i++) {
                run.rows(p.get());
            }
        } catch (RuntimeException e) {
            // a query that times out (Fuseki's arq:queryTimeout is 10 s) is a figure too: report it, go on
            err.println(q.name() + ": " + e.getMessage());
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        double[] ms = new double[o.queryRuns()];
        long rows = 0;
        for (int i = 0; i < ms.length; i++) {
            Map<String, String> args = p.get();
            long t0 = System.nanoTime();
            try {
                rows += run.rows(args);
                ms[i] = (System.nanoTime() - t0) / 1e6;
            } catch (RuntimeException e) {
                ms[i] = Double.POSITIVE_INFINITY;          // counts as slower than every run that finished
            }
        }
        java.util.Arrays.sort(ms);
        return new double[] {percentile(ms, 50), percentile(ms, 95), (double) rows / ms.length};
    }

    private static int httpSelect(String url, CannedQuery q, Map<String, String> params) {
        Map<String, Node> b = QueryRunner.bindings(q, params);
        Map<Var, Node> vars = new HashMap<>();
        b.forEach((k, v) -> vars.put(Var.alloc(k), v));
        Query query = QueryTransformOps.syntaxSubstitute(QueryFactory.create(q.sparql()), vars);
        try (QueryExecHTTP exec = QueryExecHTTP.service(url).query(query).build()) {
            RowSet rows = exec.select();
            int n = 0;
            while (rows.hasNext()) {
                rows.next();
                n++;
            }
            return n;
        }
    }

    private static double percentile(double[] sorted, int p) {
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    // ── 5. re-load of one day ──

    private void reload(PageGenerator gen, PageProcessor processor, Corpus corpus, Path storeDir) {
        int day = (o.pages() - 1) / PageGenerator.PAGES_PER_DAY / 2;         // a day in the middle of the store
        int first = day * PageGenerator.PAGES_PER_DAY;
        int last = Math.min(o.pages(), first + PageGenerator.PAGES_PER_DAY);
        List<Path> files = new ArrayList<>();
        for (int i = first; i < last; i++) {
            files.add(corpus.pagesDir().resolve(gen.pageId(i) + ".txt"));
        }
        // a neighbouring page (the next day's first, or the previous day's) must come out untouched
        int neighbour = last < o.pages() ? last : Math.max(0, first - 1);
        LoadReport r;
        double secs;
        boolean untouched;
        boolean sameCount;
        try (GraphStore store = GraphStore.open(storeDir)) {
            List<String> before = pageQuads(store, gen.pageId(neighbour));
            long[] write = new long[1];
            long t0 = System.nanoTime();
            r = new PageLoader(processor, store, (d, t, f) -> { }).load(files, (p, q, n) -> write[0] += n);
            secs = secs(t0);
            untouched = before.equals(pageQuads(store, gen.pageId(neighbour)));
            sameCount = r.quadsBefore() == r.quadsAfter();
            figure("reload.write_s", write[0] / 1e9);
        }
        figure("reload.seconds", secs);
        md.append(String.format(Locale.ROOT, "### 5. Re-load of one day (%s, %d pages) into the %,d-page store%n%n",
                gen.dateOf(first), files.size(), o.pages()));
        md.append(String.format(Locale.ROOT, "- `PageLoader.load` of the day's files: **%.2f s** wall, of which %.2f s inside the "
                        + "write transaction; the rest is mostly `LoadReport`'s two whole-store quad counts%n",
                secs, Double.parseDouble(figures.get("reload.write_s"))));
        md.append(String.format(Locale.ROOT, "- store quads before %,d, after %,d (%s); the neighbouring page %s's graphs %s%n%n",
                r.quadsBefore(), r.quadsAfter(), sameCount ? "equal: the day's graphs were replaced, not added" : "DIFFERENT",
                gen.pageId(neighbour), untouched ? "are unchanged" : "CHANGED"));
    }

    /** Every quad of a stored page's graphs (page graph and article graphs), blank nodes blurred, sorted. */
    private static List<String> pageQuads(GraphStore store, String pageId) {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Node page = ArticleToRdf.pageIri(pageId);
            List<Node> graphs = new ArrayList<>();
            graphs.add(page);
            dsg.find(page, page, org.apache.jena.vocabulary.SchemaDO.hasPart.asNode(), Node.ANY)
               .forEachRemaining(q -> graphs.add(q.getObject()));
            List<String> lines = new ArrayList<>();
            for (Node g : graphs) {
                dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> lines.add(line(q)));
            }
            lines.sort(Comparator.naturalOrder());
            return lines;
        });
    }

    private static String line(Quad q) {
        return Stream.of(q.getGraph(), q.getSubject(), q.getPredicate(), q.getObject())
                .map(n -> n.isBlank() ? "_:b" : n.toString()).reduce((a, b) -> a + " " + b).orElseThrow();
    }

    // ── scoring on generated pages ──

    private void score(PageProcessor processor, Corpus corpus, PageGenerator gen) {
        int n = Math.min(o.sample(), o.pages());
        DatasetGraph ref = ReferenceData.load();
        Score.Builder total = new Score.Builder();
        long t0 = System.nanoTime();
        // in chunks: the evaluator's queries read the whole dataset they are given, so keep it small
        for (int from = 0; from < n; from += 25) {
            DatasetGraph dsg = DatasetGraphFactory.create();
            ref.find().forEachRemaining(dsg::add);
            List<Gold> gold = new ArrayList<>();
            for (int i = from; i < Math.min(n, from + 25); i++) {
                GeneratedPage gp = gen.page(i);
                try {
                    processor.process(corpus.pagesDir().resolve(gp.fileName())).graphs().find()
                             .forEachRemaining(dsg::add);
                } catch (BadPageException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                }
                gold.add(gp.gold());
            }
            Score chunk = new Evaluator().evaluate(dsg, gold);
            for (Score.Measure m : Score.Measure.values()) {
                total.add(m, chunk.counts(m));
            }
        }
        Score s = total.build();
        double secs = secs(t0);
        md.append(String.format(Locale.ROOT, "### Extraction scored on %,d generated pages against their gold (%.1f s)%n%n", n, secs));
        md.append("```\n").append(s.toTable().strip()).append("\n```\n");
        for (Score.Measure m : Score.Measure.values()) {
            figure("score." + m.name().toLowerCase(Locale.ROOT) + ".f1", s.figure(m, Score.Metric.F1));
        }
    }

    // ── helpers ──

    private void figure(String key, double value) {
        figures.put(key, String.format(Locale.ROOT, value == Math.rint(value) && Math.abs(value) < 1e15 ? "%.0f" : "%.4f", value));
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static List<Path> pageFiles(Corpus corpus) throws IOException {
        try (Stream<Path> s = Files.list(corpus.pagesDir())) {
            return s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** Peak resident set size of this process (Linux VmHWM), in MB; -1 elsewhere. */
    static long peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: no figure
        }
        return -1;
    }

    private static String heapLine() {
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return String.format(Locale.ROOT, "heap used now %,d MB of max %,d MB", heap.getUsed() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .findFirst().map(l -> l.substring(l.indexOf(':') + 1).strip()).orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static double totalMemoryGb() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getTotalMemorySize() / 1e9;
        }
        return -1;
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
