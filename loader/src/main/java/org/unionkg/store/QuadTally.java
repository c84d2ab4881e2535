package org.unionkg.store;

import org.apache.jena.dboe.storage.StoragePrefixes;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.util.OptionalLong;

/**
 * The number of quads in the store's named graphs, kept by the store so that a load's summary costs nothing
 * (counting 14 million quads takes minutes).
 *
 * <p>Where it is kept: a row of TDB2's prefix table, under a graph name that holds no data
 * ({@link #BOOKKEEPING}). That table belongs to the same TDB2 transaction as the quads, so the count commits or
 * aborts with the pages that changed it. And it is not data: the prefix table is not a graph, so SPARQL, the
 * union default graph, {@code GRAPH ?g}, dumps, the Graph Store Protocol, VoID statistics and the text index
 * never see it (a bookkeeping named graph would have to be filtered out of every one of those). The dataset's
 * own prefixes (what writers print) are under another key and stay untouched.
 *
 * <p>Only code that writes through {@link GraphStore} or {@link BulkLoad} keeps the count. A store written by
 * anything else (tdb2.tdbloader, a restore, an older unionkg, a compaction that copies only the dataset prefixes)
 * may have a stale or no record: {@link GraphStore#recount()} counts every quad and records the result, and a
 * missing record is counted the first time the count is asked for.
 */
final class QuadTally {
    /** The key the record is filed under in the prefix table; no graph of this name is ever written. */
    static final Node BOOKKEEPING = NodeFactory.createURI("urn:unionkg:bookkeeping");
    private static final String QUADS = "quads";
    /** prefix-table values are IRIs: the count is the tail of this one */
    private static final String VALUE = "urn:unionkg:quads:";

    private final DatasetGraph tdb;

    QuadTally(DatasetGraph tdb) {
        this.tdb = tdb;
    }

    /** The kept count, if this store keeps one. Call inside a transaction. */
    OptionalLong read() {
        StoragePrefixes table = table();
        String v = table == null ? null : table.get(BOOKKEEPING, QUADS);
        if (v == null || !v.startsWith(VALUE)) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(v.substring(VALUE.length())));
    }

    /** Records {@code quads} as the count. Call inside a write transaction; does nothing for a store without a table. */
    void write(long quads) {
        if (quads < 0) {
            throw new IllegalStateException("the quad count cannot go below 0 (" + quads + "): the store was written "
                    + "behind the loader's back; run ./unionkg validate --recount");
        }
        StoragePrefixes table = table();
        if (table != null) {
            table.add(BOOKKEEPING, QUADS, VALUE + quads);
        }
    }

    /** Whether the count can be kept here (a TDB2 store). */
    boolean kept() {
        return table() != null;
    }

    /**
     * The prefix table of the TDB2 storage under the dataset, looked up each time: a compaction switches the
     * storage under the same dataset object.
     */
    private StoragePrefixes table() {
        if (!TDBInternal.isBackedByTDB(tdb)) {
            return null;
        }
        return TDBInternal.getDatasetGraphTDB(tdb).getStoragePrefixes();
    }
}
