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
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.unionkg.store.BulkLoad;
import org.unionkg.store.Folders;
import org.unionkg.store.GraphStore;
import org.unionkg.store.LoadReport;
import org.unionkg.store.PageLoader;
import org.unionkg.store.ReferenceData;
import org.unionkg.store.TextIndexBuilder;

import java.io.IOException;
import java.io.PrintWriter;
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
 *   <li>on a fixed sample of pages, the transactional writer and {@code load --bulk} each against Jena's bare TDB2
 *       bulk loader on the same N-Quads (with and without the text index);</li>
 *   <li>the first load of all N pages the way a user would make it, {@code load --bulk} (pages/s, wall time,
 *       peak memory split into the JVM's own and the mapped store files);</li>
 *   <li>each canned query's p50/p95, in-process and over HTTP through Fuseki;</li>
 *   <li>the re-load of one paper day into the large store, and that it touches only that day's graphs;</li>
 * </ol>
 * and scores the extraction on a sample of the generated pages against their gold facts. The figures are
 * printed and appended to a results file as a markdown section. Times are measured, never asserted.
 */
public final class BenchRun {
    /**
     * Pages of the fixed sample on which the store paths are compared side by side (figure 2): enough for the
     * loaders' fixed costs to fade, small enough to load five ways in minutes whatever N is.
     */
    static final int STORE_SAMPLE = 2_000;

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
    /** How much of {@link #md} is printed already. */
    private int printed;

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
        emit();
        extractionRatio(processor, corpus);
        emit();
        Path storeDir = work.resolve("tdb2-" + o.pages());
        Folders.deleteTree(storeDir);
        endToEnd(processor, corpus, storeDir);
        emit();
        storeRates(processor, corpus, work);
        emit();
        if (o.queryRuns() > 0) {
            queries(gen, storeDir);
        } else {
            md.append("### 4. Canned queries: not timed in this run (`--query-runs 0`)\n\n");
        }
        emit();
        reload(gen, processor, corpus, storeDir);
        emit();
        score(processor, corpus, gen);

        md.append(String.format(Locale.ROOT, "%nWhole run: %.1f s.%n", secs(tStart)));
        emit();
        String section = md.toString();
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

    /** Prints what the sections added since the last call, so a long run shows its figures as it goes. */
    private void emit() {
        out.print(md.substring(printed));
        out.flush();
        printed = md.length();
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
        Folders.deleteTree(dir);
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
        // Timed passes alternate between the two paths and each path keeps its fastest pass: on a shared machine a
        // single pass of each measured the load of the moment as much as the code (one build gave a HanLP floor of
        // 248k and of 842k characters/s in two runs), and the pipeline's far larger code was still being compiled.
        long sink = 0;
        Pass pipeline = null;
        Pass hanlp = null;
        for (int round = 0; round < TIMED_ROUNDS; round++) {
            Pass.Clock clock = Pass.start();
            for (Page p : pages) {
                sink += processOrFail(processor, p).quadCount();
            }
            pipeline = Pass.faster(pipeline, clock.stop());
            clock = Pass.start();
            for (Page p : pages) {
                sink += segment(seg, p.text());
            }
            hanlp = Pass.faster(hanlp, clock.stop());
        }
        double pipeCps = chars / pipeline.wallSecs();
        double hanCps = chars / hanlp.wallSecs();
        figure("extract.pages", pages.size());
        figure("extract.chars_per_s", pipeCps);
        figure("extract.pages_per_s", pages.size() / pipeline.wallSecs());
        figure("hanlp.chars_per_s", hanCps);
        figure("extract.ratio", pipeCps / hanCps);
        figure("extract.cpu_ratio", hanlp.cpuSecs() / pipeline.cpuSecs());
        md.append("### 1. Extraction throughput, one thread, pages in memory (fastest of " + TIMED_ROUNDS
                + " alternating passes each)\n\n");
        md.append("| path | pages | characters/s | pages/s | wall s | this thread's CPU s | GC s (all collectors) |\n"
                + "|---|---|---|---|---|---|---|\n");
        md.append(String.format(Locale.ROOT, "| `PageProcessor.process(Page)` (split, extract, map to RDF) | %,d | %,.0f | %,.1f | %.2f | %.2f | %.2f |%n",
                pages.size(), pipeCps, pages.size() / pipeline.wallSecs(), pipeline.wallSecs(), pipeline.cpuSecs(),
                pipeline.gcSecs()));
        md.append(String.format(Locale.ROOT, "| HanLP Viterbi + nr/ns/nt segmentation, line by line | %,d | %,.0f | %,.1f | %.2f | %.2f | %.2f |%n",
                pages.size(), hanCps, pages.size() / hanlp.wallSecs(), hanlp.wallSecs(), hanlp.cpuSecs(), hanlp.gcSecs()));
        md.append(String.format(Locale.ROOT, "%nRatio pipeline / HanLP = **%.2f** in wall time (target ≥ 0.5); %.2f in this "
                        + "thread's CPU time, which leaves out work on other threads such as the collector's (the wall-time "
                        + "ratio is the one that counts; the GC column shows how much collection there was). "
                        + "(checksum %d)%n%n",
                pipeCps / hanCps, hanlp.cpuSecs() / pipeline.cpuSecs(), sink % 1000));
    }

    /** One timed pass: wall time, the timing thread's CPU time, and the time every garbage collector reported. */
    record Pass(double wallSecs, double cpuSecs, double gcSecs) {
        static Pass faster(Pass best, Pass p) {
            return best == null || p.wallSecs < best.wallSecs ? p : best;
        }

        static Clock start() {
            return new Clock(System.nanoTime(), THREADS.getCurrentThreadCpuTime(), gcMillis());
        }

        record Clock(long wall0, long cpu0, long gc0) {
            Pass stop() {
                return new Pass((System.nanoTime() - wall0) / 1e9, (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9,
                        (gcMillis() - gc0) / 1e3);
            }
        }

        private static final java.lang.management.ThreadMXBean THREADS =
                java.lang.management.ManagementFactory.getThreadMXBean();

        private static long gcMillis() {
            long ms = 0;
            for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
                ms += Math.max(0, gc.getCollectionTime());
            }
            return ms;
        }
    }

    /** Timed passes of each path in the extraction ratio; the fastest counts. */
    private static final int TIMED_ROUNDS = 3;

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

    // ── 3. end to end: the first load of all N pages, the way a user would make it (load --bulk) ──

    private long endToEnd(PageProcessor processor, Corpus corpus, Path storeDir) {
        LoadReport r;
        MemorySampler.Peak mem;
        long t0 = System.nanoTime();
        try (MemorySampler sampler = MemorySampler.start()) {
            try (GraphStore store = GraphStore.open(storeDir)) {
                r = BulkLoad.loadPages(processor, store, List.of(corpus.pagesDir()), cores(), BulkLoad.Loader.PARALLEL,
                        new Progress("load --bulk", err));
            }
            mem = sampler.peak();
        }
        double wall = secs(t0);              // open, extract, load, index, close: all but the JVM's start
        figure("load.pages_per_s", r.pagesLoaded() / wall);
        figure("load.wall_s", wall);
        figure("load.quads", r.quadsAfter());
        figure("load.errors", r.errors().size());
        figure("rss.anon_peak_mb", mem.rssAnonMb());
        figure("rss.file_peak_mb", mem.rssFileMb());
        figure("rss.peak_mb_after_load", mem.hwmMb());
        md.append(String.format(Locale.ROOT, "### 3. End to end: the first load of all %,d pages with `load --bulk` "
                + "(extraction on all cores streamed into the TDB2 parallel loader, text index included)%n%n", o.pages()));
        md.append(String.format(Locale.ROOT, "- %s%n", r.summary()));
        md.append(String.format(Locale.ROOT, "- **%.1f pages/s**, wall **%.1f s** (store opened to store closed) for %,d "
                        + "pages (%,d articles), %,d quads, %,.0f quads/s; %d errors; store on disk %,d MB%n",
                r.pagesLoaded() / wall, wall, r.pagesLoaded(), r.articles(), r.quadsAfter(), r.quadsAfter() / wall,
                r.errors().size(), diskMb(storeDir)));
        md.append(String.format(Locale.ROOT, "- memory during the load (sampled every 0.5 s): %s%n%n", mem.describe()));
        if (!r.errors().isEmpty()) {
            md.append("  first error: ").append(r.errors().get(0)).append("\n\n");
        }
        return r.quadsAfter();
    }

    // ── 2. store load rates on a fixed sample, against the bare TDB2 bulk loader on the same N-Quads ──

    /**
     * Loads the same {@link #STORE_SAMPLE} pages (or all, if fewer) five ways into fresh stores and compares each
     * with Jena's TDB2 parallel loader on the N-Quads of those pages. Like is compared with like: the text index
     * is part of every path we ship, so the bare loader's time is also given with {@code TextIndexBuilder.rebuild}
     * (what {@code jena.textindexer} does) added.
     */
    private void storeRates(PageProcessor processor, Corpus corpus, Path work) throws IOException {
        List<Path> files = pageFiles(corpus);
        List<Path> sample = files.subList(0, Math.min(STORE_SAMPLE, files.size()));
        Path dir = work.resolve("store-sample");
        Folders.deleteTree(dir);
        Files.createDirectories(dir);

        // a. extraction to N-Quads on all cores (the input of the bare loader)
        Path nq = dir.resolve("sample.nq");
        BulkLoad.Extracted x = BulkLoad.writeNQuads(processor, sample, nq, cores(), new Progress("n-quads", err));
        double extractSecs = x.time().toNanos() / 1e9;

        // b. the bare TDB2 parallel loader on that file; c. its text index
        Path bareDir = dir.resolve("bare");
        long t0 = System.nanoTime();
        DatasetGraph bare = DatabaseMgr.connectDatasetGraph(bareDir.toString());
        DataLoader loader = LoaderFactory.parallelLoader(bare, (fmt, args) -> { });
        loader.startBulk();
        loader.load(nq.toString());
        loader.finishBulk();
        long bareQuads = loader.countQuads();
        TDBInternal.expel(bare);
        double bareSecs = secs(t0);
        t0 = System.nanoTime();
        long indexed = TextIndexBuilder.rebuild(bareDir);
        double indexSecs = secs(t0);

        // d. the transactional path (PageLoader: extraction on all cores, GraphStore.replacePages in one writer)
        long[] write = new long[2];                        // quads, nanos inside write transactions
        LoadReport txn;
        long txnCount;
        boolean txnAgrees;
        try (GraphStore store = GraphStore.open(dir.resolve("txn"))) {
            ReferenceData.install(store);
            txn = new PageLoader(processor, store, new Progress("txn", err)).load(sample, (pages, quads, nanos) -> {
                write[0] += quads;
                write[1] += nanos;
            });
            GraphStore.Recount rc = store.recount();
            txnCount = rc.counted();
            txnAgrees = rc.agrees();
        }
        double writeSecs = write[1] / 1e9;

        // e. load --bulk: extraction streamed into the parallel loader, text index as the quads pass
        LoadReport bulk;
        long bulkCount;
        boolean bulkAgrees;
        t0 = System.nanoTime();
        try (GraphStore store = GraphStore.open(dir.resolve("bulk"))) {
            bulk = BulkLoad.loadPages(processor, store, sample, cores(), BulkLoad.Loader.PARALLEL,
                    new Progress("bulk", err));
            GraphStore.Recount rc = store.recount();
            bulkCount = rc.counted();
            bulkAgrees = rc.agrees();
        }
        double bulkSecs = secs(t0);

        double bareRate = bareQuads / bareSecs;
        double bareIndexRate = bareQuads / (bareSecs + indexSecs);
        double writeRate = write[0] / writeSecs;
        double twoStep = extractSecs + bareSecs + indexSecs;
        figure("store.sample_pages", sample.size());
        figure("bulk.bare_quads_per_s", bareRate);
        figure("bulk.bare_index_quads_per_s", bareIndexRate);
        figure("load.write_quads_per_s", writeRate);
        figure("store.ratio", writeRate / bareIndexRate);
        figure("store.ratio_vs_bare_without_index", writeRate / bareRate);
        figure("bulk.ratio", twoStep / bulkSecs);
        figure("txn.wall_s", txn.time().toNanos() / 1e9);
        figure("bulk.wall_s", bulkSecs);

        md.append(String.format(Locale.ROOT, "### 2. Store load rate on %,d pages: each path against the bare TDB2 "
                + "bulk loader on the same N-Quads%n%n", sample.size()));
        md.append("| path | what the time covers | quads | seconds | quads/s |\n|---|---|---|---|---|\n");
        row("bare `LoaderFactory.parallelLoader` on the N-Quads file, fresh store", "loader only, **no text index**",
                bareQuads, bareSecs);
        row("… then `TextIndexBuilder.rebuild` (as `jena.textindexer`)", "the text index only (" + String.format(
                Locale.ROOT, "%,d literals", indexed) + ")", bareQuads, indexSecs);
        row("bare loader + text index", "**load + text index**", bareQuads, bareSecs + indexSecs);
        row("`GraphStore.replacePages` (`PageLoader`, up to " + PageLoader.BATCH + " pages a transaction)",
                "**write transactions only, text index included**", write[0], writeSecs);
        row("`PageLoader.load` (transactional `load`)", "extraction on all cores + writes, text index included",
                txnCount, txn.time().toNanos() / 1e9);
        row("`writeNQuads` + bare loader + text index (Jena's tools by hand)", "extraction on all cores + file + "
                + "load + index", bareQuads, twoStep);
        row("`BulkLoad.loadPages` (`load --bulk`), fresh store", "extraction on all cores streamed into the loader "
                + "+ text index + close", bulkCount, bulkSecs);
        md.append(String.format(Locale.ROOT, "%nLike with like (both with the text index): transactional writes / "
                        + "(bare loader + index) = **%.2f** (target ≥ 0.8); against the bare loader without the index %.2f. "
                        + "`load --bulk` against extracting to N-Quads and running the bare loader and the indexer: "
                        + "**%.2f×** the speed (wall %.1f s against %.1f s).%n",
                writeRate / bareIndexRate, writeRate / bareRate, twoStep / bulkSecs, bulkSecs, twoStep));
        boolean equal = bareQuads == txnCount && txnCount == bulkCount;
        md.append(String.format(Locale.ROOT, "Quads: bare loader %,d, transactional %,d, `load --bulk` %,d (%s); the "
                        + "quad count the store keeps agrees with a full count: transactional %s, bulk %s. "
                        + "Store on disk, text index included: bare + index %,d MB, transactional %,d MB, `load --bulk` "
                        + "%,d MB.%n%n",
                bareQuads, txnCount, bulkCount, equal ? "equal" : "DIFFERENT", txnAgrees ? "yes" : "NO",
                bulkAgrees ? "yes" : "NO", diskMb(bareDir), diskMb(dir.resolve("txn")), diskMb(dir.resolve("bulk"))));
        Folders.deleteTree(dir);
    }

    private void row(String path, String covers, long quads, double secs) {
        md.append(String.format(Locale.ROOT, "| %s | %s | %,d | %.1f | %,.0f |%n", path, covers, quads, secs,
                quads / secs));
    }

    private static int cores() {
        return Runtime.getRuntime().availableProcessors();
    }

    private static long diskMb(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum() >> 20;
        } catch (IOException e) {
            return -1;
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
        // the report queries' optional parameters: a district, an event type, an honour, a place the store holds
        Map<String, String> typeNames = eventTypeNames();
        Supplier<String> district = () -> drawn(gen, r, g -> g.places().stream()
                .filter(p -> "district".equals(p.kind())).map(Gold.Place::name).toList());
        Supplier<String> honour = () -> drawn(gen, r, g -> g.awards().stream().map(Gold.Award::honour).toList());
        params.put("events-by-type-and-district", () -> Map.of("district", district.get(), "type", drawn(gen, r,
                g -> g.events().stream().map(e -> typeNames.get(e.type())).filter(java.util.Objects::nonNull).toList())));
        params.put("unions-by-district", () -> Map.of("district", district.get()));
        params.put("honours-by-district", () -> Map.of("district", district.get()));
        params.put("honours", () -> Map.of("honour", honour.get()));
        params.put("places-and-events", () -> Map.of("place", drawn(gen, r,
                g -> g.events().stream().flatMap(e -> e.places().stream()).toList())));

        List<QueryForm> forms = new ArrayList<>();
        for (CannedQuery q : CannedQueries.all()) {
            boolean narrows = q.params().stream().anyMatch(p -> p.optional()) && params.containsKey(q.name());
            if (q.params().stream().allMatch(p -> p.optional())) {
                // free: the whole report, which reads the whole graph by design
                forms.add(QueryForm.of(q, q.name() + (narrows ? " (free)" : ""), Map::of, q.wholeGraphByDesign(), draws()));
            }
            if (narrows || q.params().stream().anyMatch(p -> !p.optional())) {
                Supplier<Map<String, String>> p = params.getOrDefault(q.name(), Map::of);
                String given = narrows ? " (" + String.join(", ", new java.util.TreeSet<>(params.get(q.name()).get().keySet())) + ")" : "";
                forms.add(QueryForm.of(q, q.name() + given, p, false, draws()));
            }
        }
        Map<QueryForm, double[]> inProcess = new LinkedHashMap<>();
        try (GraphStore store = GraphStore.open(storeDir)) {
            QueryRunner runner = new QueryRunner(store.datasetGraph(), 120_000);
            QueryRunner wholeRunner = new QueryRunner(store.datasetGraph(), WHOLE_GRAPH_TIMEOUT_MS);
            for (QueryForm f : forms) {
                QueryRunner run = f.wholeGraph() ? wholeRunner : runner;
                inProcess.put(f, time(f, p -> (int) run.count(f.query(), QueryRunner.bindings(f.query(), p))));
            }
        }
        Map<QueryForm, double[]> overHttp = new LinkedHashMap<>();
        if (o.http() && o.fusekiConfig() != null && Files.isReadable(o.fusekiConfig())) {
            // one log line per request would bury the figures
            org.apache.jena.atlas.logging.LogCtl.setLevel("org.apache.jena.fuseki", "warn");
            org.apache.jena.atlas.logging.LogCtl.setLevel(org.apache.jena.fuseki.Fuseki.actionLogName, "warn");
            org.apache.jena.atlas.logging.LogCtl.setLevel(org.apache.jena.fuseki.Fuseki.requestLogName, "warn");
            FusekiServer server = UnionKgServer.start(ServerSettings.readOnly(storeDir, 0, o.fusekiConfig(), true));
            try {
                String url = "http://localhost:" + server.getHttpPort() + "/unionkg/query";
                for (QueryForm f : forms) {
                    overHttp.put(f, time(f, p -> httpSelect(url, f.query(), p)));
                }
            } finally {
                // release the store (TDB2 connection, Lucene lock) for the re-load that follows
                UnionKgServer.stopAndRelease(server);
            }
        }
        md.append(String.format(Locale.ROOT, "### 4. Canned queries at %,d pages (%d timed runs each, random parameters; "
                + "the free whole-graph forms %d runs, stopped at the first that exceeds %d s)%n%n",
                o.pages(), o.queryRuns(), wholeRuns(), WHOLE_GRAPH_TIMEOUT_MS / 1000));
        md.append("| query (parameters given) | in-process p50 / p95 ms | HTTP (Fuseki, localhost) p50 / p95 ms | HTTP/in-process p50 | rows | scans the whole graph? |\n");
        md.append("|---|---|---|---|---|---|\n");
        for (QueryForm f : forms) {
            double[] a = inProcess.get(f);
            double[] h = overHttp.get(f);
            String key = f.label().replaceAll("[ (),]+", "_").replaceAll("_$", "");
            figure("query." + key + ".p50_ms", a[0]);
            figure("query." + key + ".p95_ms", a[1]);
            if (h != null) {
                figure("query." + key + ".http_p50_ms", h[0]);
            }
            md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.0f | %s |%n", f.label(), ms(a),
                    h == null ? "–" : ms(h),
                    h == null || !(h[0] > 0) || !(a[0] > 0) ? "–"
                            : String.format(Locale.ROOT, "%.1f", h[0] / Math.max(a[0], 0.01)), a[2],
                    f.label().equals(f.query().name()) || f.wholeGraph() ? ScanCheck.describe(f.query())
                            : "no: narrowed by its parameters, an index lookup from the name given"));
        }
        md.append("\n`timed out`: the first run exceeded the timeout (Fuseki's `arq:queryTimeout` is 10 s; in-process "
                + "120 s, and " + WHOLE_GRAPH_TIMEOUT_MS / 1000 + " s for the free whole-graph forms), so no more runs were made. "
                + "`refused`: Fuseki answered 400, the answer having more rows than its result limit (10,000 by default, "
                + "`fuseki-config/config.ttl`), which is how the server keeps one request from streaming a whole report.\n\n");
    }

    /** In-process timeout of a free whole-graph form: long enough to show what such a query costs, not a benchmark of patience. */
    private static final long WHOLE_GRAPH_TIMEOUT_MS = 60_000;

    /** One timed form of a canned query: with its parameters drawn afresh for each run, or free (the whole report). */
    private record QueryForm(CannedQuery query, String label, List<Map<String, String>> draws, boolean wholeGraph) {
        /**
         * The form with its parameter values drawn once, as many as its runs take: in-process and over HTTP ask the
         * same questions in the same order, so their ratio compares the paths, not two samples of parameters (a
         * union's tree is 3 rows for one and thousands for 北京市总工会).
         */
        static QueryForm of(CannedQuery q, String label, Supplier<Map<String, String>> params, boolean wholeGraph, int n) {
            List<Map<String, String>> draws = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                draws.add(params.get());
            }
            return new QueryForm(q, label, List.copyOf(draws), wholeGraph);
        }
    }

    /** Parameter draws a form needs: its warm-up runs and its timed runs. */
    private int draws() {
        return Math.max(1, o.queryRuns() / 5) + Math.max(1, o.queryRuns());
    }

    private int wholeRuns() {
        return Math.max(1, Math.min(o.queryRuns(), 3));
    }

    /** A form Fuseki refused (HTTP 400): its answer has more rows than the server's result limit. */
    private static final double REFUSED = -1;

    private static String ms(double[] t) {
        return Double.isNaN(t[0]) ? "timed out" : t[0] == REFUSED ? "refused: over the row limit"
                : String.format(Locale.ROOT, "%.1f / %.1f", t[0], t[1]);
    }

    /** The event types' Chinese names by key (the gold's {@code type}), from the event-type scheme in {@code ontology/}. */
    private Map<String, String> eventTypeNames() {
        Map<String, String> names = new HashMap<>();
        org.apache.jena.rdf.model.Model m = org.unionkg.ontology.OntologyFiles.load(org.unionkg.ontology.OntologyFiles.EVENT_TYPES);
        String key = org.unionkg.rdf.IriMinter.raw("event-type", "key");
        String base = key.substring(0, key.length() - "key".length());
        m.listStatements(null, org.apache.jena.vocabulary.SKOS.prefLabel, (org.apache.jena.rdf.model.RDFNode) null).forEachRemaining(st -> {
            if (st.getSubject().isURIResource() && st.getSubject().getURI().startsWith(base)
                    && "zh".equals(st.getLiteral().getLanguage())) {
                names.put(st.getSubject().getURI().substring(base.length()), st.getString());
            }
        });
        return names;
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

    /**
     * p50, p95 (ms) and the mean row count of {@code queryRuns} runs after a fifth as many warm-up runs; a free
     * whole-graph form gets {@link #wholeRuns()} runs, its first one the warm-up. A run that fails or times out
     * (Fuseki's {@code arq:queryTimeout} is 10 s) ends the timing of that form: NaN, shown as "timed out"; one that
     * Fuseki refuses for its row limit, {@link #REFUSED}.
     */
    private double[] time(QueryForm f, Run run) {
        err.println("timing " + f.label());
        int warm = f.wholeGraph() ? 0 : Math.max(1, o.queryRuns() / 5);
        int runs = f.wholeGraph() ? wholeRuns() : o.queryRuns();
        double[] ms = new double[runs];
        long rows = 0;
        try {
            for (int i = 0; i < warm; i++) {
                run.rows(f.draws().get(i % f.draws().size()));
            }
            for (int i = 0; i < runs; i++) {
                Map<String, String> args = f.draws().get((warm + i) % f.draws().size());
                long t0 = System.nanoTime();
                rows += run.rows(args);
                ms[i] = (System.nanoTime() - t0) / 1e6;
            }
        } catch (RuntimeException e) {
            err.println(f.label() + ": " + e.getMessage());
            // Fuseki answers 400 for an answer over its row limit, 503 when arq:queryTimeout fires
            double failed = String.valueOf(e.getMessage()).contains("Bad Request") ? REFUSED : Double.NaN;
            return new double[] {failed, failed, Double.NaN};
        }
        java.util.Arrays.sort(ms);
        return new double[] {percentile(ms, 50), percentile(ms, 95), (double) rows / ms.length};
    }

    private static int httpSelect(String url, CannedQuery q, Map<String, String> params) {
        Map<String, Node> b = QueryRunner.bindings(q, params);
        Map<Var, Node> vars = new HashMap<>();
        b.forEach((k, v) -> vars.put(Var.alloc(k), v));
        Query query = QueryRunner.withoutConstantSortKeys(QueryTransformOps.syntaxSubstitute(QueryFactory.create(q.sparql()), vars));
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
        md.append(String.format(Locale.ROOT, "- `PageLoader.load` of the day's files into the store `load --bulk` built: "
                        + "**%.2f s** wall, of which %.2f s inside the write transaction (the rest is extracting the "
                        + "pages; the quad counts before and after are the store's kept count, no scan)%n",
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
                    processor.process(corpus.pagesDir().resolve(gp.fileName())).quads().forEach(dsg::add);
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
}
