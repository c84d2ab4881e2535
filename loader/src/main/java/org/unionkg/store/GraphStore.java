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
import org.unionkg.resolve.StoreResolver;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
 */
public final class GraphStore implements AutoCloseable {
    private final DatasetGraph tdb;
    private final TextIndex textIndex;
    private final DatasetGraph dsg;
    private final Path location;
    /** false when the store was opened by someone else (the server), who closes it */
    private final boolean owned;

    private GraphStore(Path location, DatasetGraph tdb, TextIndex textIndex, DatasetGraph dsg, boolean owned) {
        this.location = location;
        this.tdb = tdb;
        this.textIndex = textIndex;
        this.dsg = dsg;
        this.owned = owned;
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
     * Replaces these pages' graphs, all in one transaction: all of them go in, or none. Then, in the same
     * transaction, {@link StoreResolver} keeps namesakes apart across the whole store (a page is resolved alone).
     */
    public void replacePages(List<ProcessedPage> pages) {
        Txn.executeWrite(dsg, () -> {
            Set<String> people = new java.util.TreeSet<>();    // names with posts here: StoreResolver looks at them
            for (ProcessedPage page : pages) {
                people.addAll(StoreResolver.namesWithPosts(dsg, graphsOfPage(page.page().id())));
                dropPage(page.page().id());
                page.graphs().find().forEachRemaining(dsg::add);
                people.addAll(StoreResolver.namesWithPosts(page.graphs()));
            }
            new StoreResolver(dsg).resolve(people);
        });
    }

    /** Replaces the named graph {@code graph} with the quads given (all of which must be in that graph). */
    public void replaceGraph(Node graph, Iterator<Quad> quads) {
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            quads.forEachRemaining(q -> {
                if (!q.getGraph().equals(graph)) {
                    throw new IllegalArgumentException("quad outside " + graph + ": " + q);
                }
                dsg.add(q);
            });
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

    private void dropPage(String pageId) {
        for (Node g : graphsOfPage(pageId)) {
            dsg.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
        }
    }

    /** Number of quads in all named graphs. */
    public long quadCount() {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            Iterator<Quad> it = dsg.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
            while (it.hasNext()) {
                it.next();
                n++;
            }
            return n;
        });
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
