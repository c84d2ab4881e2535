package org.unionkg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Rebuilds a store's text index from its quads: what {@code jena.textindexer} does, for our index definition.
 * Needed after anything wrote the TDB2 files without going through the text dataset (tdb2.tdbloader,
 * tdb2.tdbupdate, a Fuseki configured without the text wrapper), and harmless otherwise.
 */
public final class TextIndexBuilder {
    private TextIndexBuilder() {}

    /**
     * Throws the old index away and indexes every literal of an indexed predicate in every named graph of the
     * store at {@code db}. The store must not be open elsewhere (in this process or another). Returns the number
     * of literals indexed.
     */
    public static long rebuild(Path db) {
        if (!Files.isDirectory(db)) {
            throw new StoreException("no store at " + db, null);
        }
        Path folder = TextIndexDefinition.folder(db);
        try {
            Folders.deleteTree(folder);
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("cannot remove the old text index " + folder + ": " + e.getCause().getMessage(),
                    e.getCause());
        }
        DatasetGraph tdb = DatabaseMgr.connectDatasetGraph(db.toString());
        try (TextIndexHolder holder = new TextIndexHolder(TextIndexDefinition.open(folder))) {
            return index(tdb, holder.index());
        } finally {
            TDBInternal.expel(tdb);
        }
    }

    /** Adds every indexed literal of the TDB2 dataset {@code tdb} to {@code index} and commits it. */
    static long index(DatasetGraph tdb, TextIndex index) {
        EntityDefinition def = index.getDocDef();
        long n = Txn.calculateRead(tdb, () -> {
            long count = 0;
            for (Node p : TextIndexDefinition.FIELDS.values()) {
                var it = tdb.find(Node.ANY, Node.ANY, p, Node.ANY);
                while (it.hasNext()) {
                    var q = it.next();
                    if (indexQuad(def, index, q)) {
                        count++;
                    }
                }
            }
            return count;
        });
        index.prepareCommit();
        index.commit();
        return n;
    }

    /**
     * Adds {@code q} to {@code index} if it is a literal of an indexed predicate in a named graph: the document
     * jena-text's own dataset writes for the same quad. Returns whether it did.
     */
    static boolean indexQuad(EntityDefinition def, TextIndex index, Quad q) {
        if (q.isDefaultGraph() || !q.getObject().isLiteral()) {
            return false;    // nothing belongs in the real default graph; names are literals
        }
        Entity e = TextQueryFuncs.entityFromQuad(def, q);
        if (e == null) {
            return false;
        }
        index.addEntity(e);
        return true;
    }

    private record TextIndexHolder(TextIndex index) implements AutoCloseable {
        @Override
        public void close() {
            index.close();
        }
    }
}
