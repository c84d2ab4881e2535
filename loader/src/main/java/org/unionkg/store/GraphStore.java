package org.unionkg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.TextDatasetFactory;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.SchemaDO;
import org.unionkg.pipeline.ProcessedPage;
import org.unionkg.rdf.ArticleToRdf;
import org.unionkg.rdf.EntityGraph;
import org.unionkg.resolve.StoreResolver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The TDB2 store, written a whole page at a time.
 *
 * <p>Loading a page replaces its graphs: inside one write transaction the page's old graphs (the page graph
 * and every article graph it lists) are dropped and the new ones added, so re-loading gives the same triples
 * and a failure part-way leaves the store as it was (TDB2 aborts the transaction; a killed process never
 * commits it). Reads running at the same time see the old or the new page, never a mix.
 *
 * <p>The store is a jena-text dataset: the TDB2 database wrapped so that every quad added or deleted through
 * {@link #datasetGraph()} also updates the Lucene index in {@code <dir>/text-index} ({@link TextIndexDefinition}),
 * inside the same transaction. Write only through this class or {@link #datasetGraph()}; a store filled by a
 * bulk loader (tdb2.tdbloader) has no index until {@link TextIndexBuilder#rebuild(Path)} ({@code unionkg reindex}).
 *
 * <p>The store keeps its own quad count ({@link #quadCount()}, O(1)), moved in the same write transaction as the
 * pages that change it; where and why in {@link QuadTally}. {@link #recount()} checks it against a full count.
 */
public final class GraphStore implements AutoCloseable {
    private final DatasetGraph tdb;
    private final TextIndex textIndex;
    private final DatasetGraph dsg;
    private final Path location;
    /** false when the store was opened by someone else (the server), who closes it */
    private final boolean owned;
    private final QuadTally tally;

    private GraphStore(Path location, DatasetGraph tdb, TextIndex textIndex, DatasetGraph dsg, boolean owned) {
        this.location = location;
        this.tdb = tdb;
        this.textIndex = textIndex;
        this.dsg = dsg;
        this.owned = owned;
        this.tally = new QuadTally(tdb);
        // a new store starts its count at 0 here, so that the first load need not count anything
        if (tally.kept() && Txn.calculateRead(tdb, () -> tally.read().isEmpty() && tdb.isEmpty())) {
            Txn.executeWrite(tdb, () -> tally.write(0));
        }
    }

    /**
     * Opens (or creates) the store at {@code dir} with its text index; the default graph is the union of the
     * named graphs. One process at a time: TDB2 and Lucene both lock their folders.
     */
    public static GraphStore open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new StoreException("cannot create the store folder " + dir + ": " + e.getMessage(), e);
        }
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(dir.toString());
        tdb.getContext().set(TDB2.symUnionDefaultGraph, true);
        TextIndex index = TextIndexDefinition.open(TextIndexDefinition.folder(dir));
        // The text dataset joins the index to TDB2's transactions: a commit commits both, an abort drops both.
        DatasetGraph text = TextDatasetFactory.create(tdb, index, false);
        return new GraphStore(dir, tdb, index, text, true);
    }

    /**
     * The store a running server already holds (its text dataset), for loading pages while it serves: TDB2 and
     * Lucene allow one writer per folder, so a load beside the server must go through the server's own dataset.
     * Closing the result releases nothing; the server does.
     */
    public static GraphStore over(DatasetGraph served) {
        if (!(served instanceof DatasetGraphText text)) {
            throw new IllegalArgumentException("not a store with a text index: " + served.getClass().getName());
        }
        // the assembler may wrap the TDB2 dataset; its location is only for messages
        Path dir = DatabaseMgr.isTDB2(text.getBase())
                ? Path.of(DatabaseMgr.location(text.getBase()).getDirectoryPath()) : null;
        return new GraphStore(dir, text.getBase(), text.getTextIndex(), text, false);
    }

    public Path location() {
        return location;
    }

    /** The store as a text dataset: queries may use {@code text:query}; writes here keep the index in step. */
    public DatasetGraph datasetGraph() {
        return dsg;
    }

    /** The TDB2 dataset under the text index: for the bulk loaders only, which write it directly. */
    DatasetGraph tdbDataset() {
        return tdb;
    }

    /** The Lucene index (for tests and diagnostics; search it through SPARQL {@code text:query}). */
    public TextIndex textIndex() {
        return textIndex;
    }

    /**
     * Replaces these pages' graphs, all in one transaction: all of them go in, or none. The graphs dropped are
     * those the stored page lists and those the new page writes, so every quad added to them is new; a page's
     * entity descriptions ({@link EntityGraph}) are shared with other pages and added only where missing. Then, in
     * the same transaction, {@link StoreResolver} keeps namesakes apart across the whole store (each page was
     * resolved alone), and the entities that only the dropped graphs named lose their descriptions. The kept quad
     * count moves by exactly the quads added less the quads deleted at each of these steps.
     *
     * <p>Where the time goes (JFR, one 2,000-page transaction, 1.25M quads): the six quad-index B+tree inserts
     * about 57% of the writer's samples, Lucene about 17-20%, node-table lookups 8-15%. The text dataset looks each
     * quad up before adding it (13% of the samples); adding to TDB2 and Lucene directly to skip that lookup was
     * tried and measured: its samples moved to the insert that follows (which then touches the same index pages
     * first) and the writer's total did not fall, so the adds stay on the text dataset's ordinary path.
     */
    public void replacePages(List<ProcessedPage> pages) {
        Txn.executeWrite(dsg, () -> {
            long delta = 0;
            Set<String> people = new TreeSet<>();    // names with posts in graphs dropped or added: StoreResolver looks at them
            Set<Node> released = new HashSet<>();    // what the dropped graphs referenced: their entities may go
            Set<Node> named = new HashSet<>();       // what the new graphs reference: their entities stay
            for (ProcessedPage page : pages) {
                Set<Node> graphs = graphsOfPage(page.page().id());
                graphs.addAll(page.graphNames());
                people.addAll(StoreResolver.namesWithPosts(dsg, graphs));    // before the drop
                released.addAll(EntityGraph.nodesOf(dsg, graphs));
                for (Node g : graphs) {
                    delta -= dropGraph(g);
                }
                for (Quad q : page.quads()) {
                    if (EntityGraph.contains(q)) {
                        // shared with every page that names the entity: add what is missing, and count only that
                        if (!dsg.contains(q)) {
                            dsg.add(q);
                            delta++;
                        }
                    } else {
                        dsg.add(q);
                        delta++;
                        named.add(q.getSubject());
                        named.add(q.getObject());
                    }
                }
                people.addAll(StoreResolver.namesWithPosts(page.graphs()));
            }
            StoreResolver.Rewrites rewrites = new StoreResolver(dsg).resolve(people);
            delta += rewrites.quadsAdded() - rewrites.quadsDeleted();
            // the entities only the dropped graphs named (the resolver collects the people it renamed itself)
            released.removeAll(named);
            delta -= EntityGraph.collect(dsg, released);
            adjustCount(delta);
        });
    }

    /** Replaces the named graph {@code graph} with the quads given (all of which must be in that graph). */
    public void replaceGraph(Node graph, Iterator<Quad> quads) {
        Txn.executeWrite(dsg, () -> {
            Set<Node> released = EntityGraph.GRAPH.equals(graph) ? Set.of() : EntityGraph.nodesOf(dsg, List.of(graph));
            long dropped = dropGraph(graph);
            quads.forEachRemaining(q -> {
                if (!q.getGraph().equals(graph)) {
                    throw new IllegalArgumentException("quad outside " + graph + ": " + q);
                }
                dsg.add(q);
            });
            // the quads given may repeat one another: count what the graph holds now
            long collected = EntityGraph.collect(dsg, released);
            adjustCount(countGraph(graph) - dropped - collected);
        });
    }

    /** The graphs a stored page owns: its page graph and the article graphs it lists as parts. */
    Set<Node> graphsOfPage(String pageId) {
        Node pageGraph = ArticleToRdf.pageIri(pageId);
        Set<Node> graphs = new LinkedHashSet<>();
        dsg.find(pageGraph, pageGraph, SchemaDO.hasPart.asNode(), Node.ANY)
           .forEachRemaining(q -> graphs.add(q.getObject()));
        graphs.add(pageGraph);
        return graphs;
    }

    /**
     * Deletes every quad of the named graph {@code g} through the text dataset (so Lucene forgets them too) and
     * returns how many there were. One graph is one page or article: a few hundred quads at most.
     */
    private long dropGraph(Node g) {
        List<Quad> old = new ArrayList<>();
        tdb.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(old::add);
        for (Quad q : old) {
            dsg.delete(q);
        }
        return old.size();
    }

    private long countGraph(Node g) {
        long n = 0;
        for (Iterator<Quad> it = tdb.find(g, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    /** Moves the kept count by {@code delta} inside the current write transaction (counting once if there is none). */
    private void adjustCount(long delta) {
        var kept = tally.read();
        if (kept.isPresent()) {
            tally.write(kept.getAsLong() + delta);
        } else if (tally.kept()) {
            tally.write(countAll());
        }
    }

    /**
     * Number of quads in all named graphs: the count the store keeps, so O(1). A store that keeps none yet (one
     * written by another tool, or before the count was kept) is counted once and the result recorded.
     */
    public long quadCount() {
        var kept = Txn.calculateRead(tdb, tally::read);
        return kept.isPresent() ? kept.getAsLong() : recount().counted();
    }

    /**
     * What {@link #recount()} found: the count the store kept (-1 if none) and the quads actually there.
     * They differ only if the store was written behind the loader's back.
     */
    public record Recount(long kept, long counted) {
        public boolean agrees() {
            return kept == counted;
        }
    }

    /**
     * Counts every quad of every named graph (a scan of the whole store: minutes at ten million quads) and
     * records the result as the kept count, in one write transaction.
     */
    public Recount recount() {
        if (!tally.kept()) {
            long n = Txn.calculateRead(tdb, this::countAll);
            return new Recount(-1, n);
        }
        return Txn.calculateWrite(tdb, () -> {
            long kept = tally.read().orElse(-1);
            long n = countAll();
            tally.write(n);
            return new Recount(kept, n);
        });
    }

    /** Counts the quads of the named graphs (the contract keeps the real default graph empty; it is not counted). */
    private long countAll() {
        long n = 0;
        for (Iterator<Quad> it = tdb.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    /** Records {@code quads} as the kept count: for {@link BulkLoad}, which knows what it loaded. */
    void recordCount(long quads) {
        Txn.executeWrite(tdb, () -> tally.write(quads));
    }

    /** The names of all graphs in the store. */
    public List<Node> graphNames() {
        return Txn.calculateRead(dsg, () -> {
            List<Node> names = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(names::add);
            return names;
        });
    }

    @Override
    public void close() {
        if (!owned) {
            return;
        }
        // TDB2 keeps one connection per location for the whole JVM; expelling it releases the files and the lock,
        // so the same folder can be served or reopened afterwards. Closing the index releases Lucene's write lock.
        try {
            textIndex.close();
        } finally {
            TDBInternal.expel(tdb);
        }
    }
}
