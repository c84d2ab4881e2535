package org.unionkg.store;

import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.unionkg.page.BadPageException;
import org.unionkg.pipeline.PageProcessor;
import org.unionkg.pipeline.ProcessedPage;
import org.unionkg.rdf.EntityGraph;
import org.unionkg.resolve.Affiliations;
import org.unionkg.resolve.Homophones;
import org.unionkg.resolve.Namesakes;
import org.unionkg.resolve.StoreResolver;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The first load of a large corpus: extract every page to N-Quads (on all cores, through a bounded queue, one
 * writer of the file), then build a fresh store from the file with Jena's TDB2 bulk loader. The daily load of a
 * few pages is {@link PageLoader} (transactions that replace whole pages); both give the same quads, since both
 * write {@link ProcessedPage#quads()} of each page plus {@link ReferenceData}, with every person under the IRI that
 * resolving all the pages' articles together gives ({@link PageLoader}'s store rewrites people after each write;
 * {@link #loadPages} decides them before writing).
 *
 * <p>The bulk loaders write a store's indexes directly and are only for an empty store that nothing else has
 * open: {@link #load} refuses a store that already holds quads. A text index kept beside the store (jena-text)
 * is not written by the bulk loader: rebuild it after a bulk load (jena-text's {@code textindexer}, or the
 * store's own reindex) before serving.
 *
 * <p>The N-Quads file is also the seam for running extraction elsewhere (a Spark or Beam job calling
 * {@link PageProcessor#process} per page and writing shards): {@link #load} takes any number of shards.
 */
public final class BulkLoad {
    /** The TDB2 loader to use; see shared/STACK.md §4 for their rates on this machine. */
    public enum Loader { PARALLEL, PHASED, SEQUENTIAL, BASIC }

    /**
     * What {@link #writeNQuads} wrote.
     *
     * @param quads      quads written, the reference graphs included
     * @param characters characters of page text read
     */
    public record Extracted(int pages, int articles, long quads, long characters, List<LoadError> errors,
                            Duration time) {
        public Extracted {
            errors = List.copyOf(errors);
        }
    }

    private BulkLoad() {}

    /**
     * Extracts {@code paths} (files, or folders of {@code .txt} pages) into one N-Quads file {@code out}: the
     * reference graphs first, then each page's graphs in file order. Two passes, like {@link #loadPages}: the first
     * decides the corpus's namesakes and shared slugs ({@link #namesakes}), the second mints every IRI from that
     * table, so the file holds the graph a transactional load of the same pages gives (and a shard written page by
     * page elsewhere would need the same table). Each page is serialised on the worker that extracted it; the calling
     * thread only appends bytes, so the file is written at the speed of extraction. {@code progress} counts every
     * page twice, once a pass.
     */
    public static Extracted writeNQuads(PageProcessor processor, List<Path> paths, Path out, int workers,
                                        ProgressListener progress) {
        long t0 = System.nanoTime();
        List<LoadError> errors = new ArrayList<>();
        List<Path> files = PageLoader.pageFiles(paths, errors);
        long n0 = System.nanoTime();
        Namesakes namesakes = namesakes(processor, files, workers, progress);
        progress.namesakesDecided(namesakes, Duration.ofNanos(System.nanoTime() - n0));
        long[] counts = new long[5];                 // pages, articles, quads, characters, done
        counts[4] = files.size();                    // the first pass's
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 20)) {
            DatasetGraph ref = ReferenceData.load();
            RDFDataMgr.write(os, ref, Lang.NQUADS);
            counts[2] += ref.stream().count();
            Set<Quad> entitiesSent = new HashSet<>();     // entity descriptions repeat across pages: each once
            OrderedWork.run(files, workers, 2 * PageLoader.BATCH, f -> serialise(processor, f, namesakes), (file, result) -> {
                if (result instanceof Serialised s) {
                    List<Quad> fresh = s.entities().stream().filter(entitiesSent::add).toList();
                    try {
                        os.write(s.nquads());
                        RDFDataMgr.writeQuads(os, fresh.iterator());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    counts[0]++;
                    counts[1] += s.articles();
                    counts[2] += s.quads() + fresh.size();
                    counts[3] += s.characters();
                } else {
                    errors.add((LoadError) result);
                }
                progress.pageDone((int) ++counts[4], 2 * files.size(), file);
            });
        } catch (IOException | UncheckedIOException e) {
            throw new StoreException("cannot write " + out + ": " + e.getMessage(), e);
        }
        return new Extracted((int) counts[0], (int) counts[1], counts[2], counts[3], errors,
                Duration.ofNanos(System.nanoTime() - t0));
    }

    /** A page's own graphs as N-Quads ({@code quads} of them), and its entity descriptions, still to dedupe. */
    private record Serialised(byte[] nquads, List<Quad> entities, int articles, long quads, long characters) {}

    private static Object serialise(PageProcessor processor, Path file, Namesakes namesakes) {
        try {
            ProcessedPage pp = processor.process(file, namesakes);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
            List<Quad> own = new ArrayList<>();
            List<Quad> entities = new ArrayList<>();
            pp.quads().forEach(q -> (EntityGraph.contains(q) ? entities : own).add(q));
            RDFDataMgr.writeQuads(bytes, own.iterator());
            return new Serialised(bytes.toByteArray(), entities, pp.articles().size(), own.size(),
                    pp.page().text().length());
        } catch (BadPageException e) {
            return new LoadError(e.file(), e.reason());
        } catch (RuntimeException e) {
            return new LoadError(file, "internal error: " + e);
        }
    }

    /**
     * The first load of a large corpus into the new, empty store {@code store}, in two passes over the pages, each
     * on {@code workers} threads. The first extracts every page but keeps only each person's bodies
     * ({@link PageProcessor#affiliations}) and decides the corpus's namesakes from them ({@link Namesakes}); the
     * second extracts again, mints every person's final IRI from that table ({@link PageProcessor#process(Path,
     * Namesakes)}), and streams the quads, in file order, straight into a TDB2 bulk loader (no intermediate file),
     * with the reference graphs first; each indexed literal goes to the text index as it passes, and the index is
     * committed when the loader has finished. Nothing is rewritten afterwards (no {@link StoreResolver#resolveAll}):
     * the store ends up with exactly the quads and text index that {@link PageLoader} gives for the same pages in the
     * same order (names that share a slug, 董锐 and 董睿, are decided in the first pass as the transactional load
     * decides them batch by batch: {@link org.unionkg.resolve.Homophones}), and it keeps its quad count. {@code progress} counts every page twice (once a pass: {@code total} is twice the
     * pages) and hears of the namesakes when the first pass ends.
     *
     * <p>Cost: the first pass is extraction without events or RDF: 54 s of a 288 s load of 5,000 generated pages
     * (2 shared, busy cores; 2,114 names split), against 337 s for the same load with the store-wide rewrite, which
     * after 100,000 pages had run for over 20 minutes and was stopped. Memory stays flat: at most {@code 2 × PageLoader.BATCH} extracted pages wait for the loader,
     * and the loader's own queues are bounded; what grows with the corpus is the list of file names, the set of page
     * ids (to refuse a page given twice, which the bulk loader would merge where a transactional load replaces), and
     * in the first pass each person name's distinct sets of bodies (tens of MB for 100,000 pages), of which only
     * the namesakes' table is kept for the second, and the set of entity-description quads already sent (one per
     * distinct quad of the entities graph, not per page).
     *
     * <p>A bulk load cannot be undone part-way: if it fails, delete the store folder and start again.
     *
     * @throws StoreException if the store already holds quads (a bulk loader writes the indexes directly and
     *                        cannot replace pages: load into a new folder, or use {@link PageLoader})
     */
    public static LoadReport loadPages(PageProcessor processor, GraphStore store, List<Path> paths, int workers,
                                       Loader loader, ProgressListener progress) {
        long t0 = System.nanoTime();
        refuseNonEmpty(store);
        List<LoadError> errors = new ArrayList<>();
        List<Path> files = PageLoader.pageFiles(paths, errors);
        DatasetGraph tdb = store.tdbDataset();
        TextIndex index = store.textIndex();
        EntityDefinition def = index.getDocDef();
        long n0 = System.nanoTime();
        Namesakes namesakes = namesakes(processor, files, workers, progress);
        progress.namesakesDecided(namesakes, Duration.ofNanos(System.nanoTime() - n0));
        DataLoader l = loader(loader, tdb);
        Set<String> pageIds = new HashSet<>();
        // Entity descriptions repeat on every page that names the entity: each goes to the loader and the index once,
        // so the count below is the quads stored. Bounded by the distinct entities, not the pages.
        Set<Quad> entitiesSent = new HashSet<>();
        long[] counts = new long[4];                 // pages, articles, quads, done
        counts[3] = files.size();                    // the first pass's
        l.startBulk();
        try {
            StreamRDF stream = l.stream();
            stream.start();
            ReferenceData.load().find().forEachRemaining(q -> {
                stream.quad(q);
                TextIndexBuilder.indexQuad(def, index, q);
                counts[2]++;
            });
            OrderedWork.run(files, workers, 2 * PageLoader.BATCH, f -> PageLoader.process(processor, f, namesakes),
                    (file, result) -> {
                        if (result instanceof ProcessedPage pp) {
                            if (pageIds.add(pp.page().id())) {
                                for (Quad q : pp.quads()) {
                                    if (EntityGraph.contains(q) && !entitiesSent.add(q)) {
                                        continue;
                                    }
                                    stream.quad(q);
                                    TextIndexBuilder.indexQuad(def, index, q);
                                    counts[2]++;
                                }
                                counts[0]++;
                                counts[1] += pp.articles().size();
                            } else {
                                errors.add(new LoadError(file, "page " + pp.page().id() + " was already loaded from "
                                        + "another file; a bulk load takes each page once"));
                            }
                        } else {
                            errors.add((LoadError) result);
                        }
                        progress.pageDone((int) ++counts[3], 2 * files.size(), file);
                    });
            stream.finish();
            l.finishBulk();
        } catch (RuntimeException e) {
            l.finishException(e);
            index.rollback();
            throw new StoreException("bulk load failed (delete " + store.location() + " and start again): "
                    + e.getMessage(), e);
        }
        index.prepareCommit();
        index.commit();
        // every page's graphs are its own (page ids are unique) and entity quads were sent once, so the quads sent
        // are the quads stored
        store.recordCount(counts[2]);
        return new LoadReport((int) counts[0], (int) counts[1], 0, counts[2], errors,
                Duration.ofNanos(System.nanoTime() - t0));
    }

    /**
     * The first pass of {@link #loadPages}: every page's {@link Affiliations}, extracted on {@code workers} threads,
     * collected in file order into the corpus's namesake table, with the slugs several names share decided against
     * the reference data (the only thing a new store holds) and then in file order, as {@link PageLoader} decides
     * them ({@link org.unionkg.resolve.Homophones}). A page that cannot be extracted is skipped here (the second pass
     * reports it); a page id seen twice counts once, as the second pass loads it once.
     */
    static Namesakes namesakes(PageProcessor processor, List<Path> files, int workers, ProgressListener progress) {
        Namesakes.Builder table = new Namesakes.Builder();
        int[] done = new int[1];
        OrderedWork.run(files, workers, 2 * PageLoader.BATCH, f -> affiliations(processor, f), (file, result) -> {
            if (result != null) {
                table.add(result);
            }
            progress.pageDone(++done[0], 2 * files.size(), file);
        });
        return table.build(Homophones.publishedIn(ReferenceData.load()));
    }

    /** The page's affiliations, or null if it cannot be extracted (the second pass says why). */
    private static Affiliations affiliations(PageProcessor processor, Path file) {
        try {
            return processor.affiliations(file);
        } catch (BadPageException | RuntimeException e) {
            return null;
        }
    }

    private static void refuseNonEmpty(GraphStore store) {
        DatasetGraph tdb = store.tdbDataset();
        if (!Txn.calculateRead(tdb, tdb::isEmpty)) {
            throw new StoreException(String.format(Locale.ROOT, "--bulk builds a new store, and %s already holds "
                    + "%,d quads: load into a new, empty --db folder, or load without --bulk (which replaces the "
                    + "pages given and keeps the rest)", store.location(), store.quadCount()), null);
        }
    }

    private static DataLoader loader(Loader loader, DatasetGraph dsg) {
        return switch (loader) {
            case PARALLEL -> LoaderFactory.parallelLoader(dsg, (fmt, args) -> { });
            case PHASED -> LoaderFactory.phasedLoader(dsg, (fmt, args) -> { });
            case SEQUENTIAL -> LoaderFactory.sequentialLoader(dsg, (fmt, args) -> { });
            case BASIC -> LoaderFactory.basicLoader(dsg, (fmt, args) -> { });
        };
    }

    /**
     * Loads N-Quads files (shards) into the empty store {@code store} with a TDB2 bulk loader, then indexes
     * them for full-text search (the bulk loaders write TDB2 directly and bypass the text index).
     *
     * <p>Used by the benchmark as the bare TDB2 loader on a file. The store's quad count is taken by a full count
     * afterwards, as the loader only knows how many quads it read.
     *
     * @return the quads the loader read
     * @throws StoreException if the store already holds quads
     */
    public static long load(GraphStore store, List<Path> nquads, Loader loader) {
        refuseNonEmpty(store);
        DatasetGraph dsg = store.tdbDataset();
        DataLoader l = loader(loader, dsg);
        l.startBulk();
        try {
            l.load(nquads.stream().map(Path::toString).toList());
            l.finishBulk();
        } catch (RuntimeException e) {
            l.finishException(e);
            throw new StoreException("bulk load failed: " + e.getMessage(), e);
        }
        // namesakes across pages (each page was resolved alone), before the index is built from the result
        Txn.executeWrite(dsg, () -> new StoreResolver(dsg).resolveAll());
        TextIndexBuilder.index(dsg, store.textIndex());
        // shards from elsewhere may repeat a quad, which the loader counts but stores once: count what is there
        store.recount();
        return l.countQuads();
    }
}
