package org.unionkg.cli;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionkg.server.ServerSettings;
import org.unionkg.server.UnionKgServer;
import org.unionkg.store.GraphStore;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unionkg.cli.UnionKgCliTest.run;

/** backup then restore gives back the same quads, from the store folder and from a running server. */
class BackupRestoreTest {

    @Test
    void backupAndRestoreRoundTrip(@TempDir Path dir) throws Exception {
        String db = dir.resolve("db").toString();
        assertEquals(0, run("load", "--db", db, UnionKgCliTest.seeds().toString()).exit());
        DatasetGraph original = copyOf(dir.resolve("db"));
        assertTrue(original.stream().count() > 2000, "the seeds and the reference data are loaded");
        assertFalse(original.getDefaultGraph().size() > 0, "nothing in the real default graph");

        Path dump = dir.resolve("backups/seeds.nq.gz");
        UnionKgCliTest.Run backup = run("backup", "--db", db, "--out", dump.toString());
        assertEquals(0, backup.exit(), backup.err());
        assertTrue(backup.out().contains(String.format("backed up %,d quads", original.stream().count())), backup.out());
        try (var names = Files.list(dump.getParent())) {
            assertEquals(1, names.count(), "no partial file left beside the dump");
        }

        String fresh = dir.resolve("restored").toString();
        UnionKgCliTest.Run restore = run("restore", "--db", fresh, dump.toString());
        assertEquals(0, restore.exit(), restore.err());
        DatasetGraph restored = copyOf(Path.of(fresh));
        assertTrue(sameQuads(original, restored), "restored store differs from the original");

        // a store with data is not overwritten by mistake ...
        UnionKgCliTest.Run again = run("restore", "--db", fresh, dump.toString());
        assertEquals(2, again.exit());
        assertTrue(again.err().contains("--force"), again.err());
        // ... but is with --force, which replaces rather than adds
        UnionKgCliTest.Run forced = run("restore", "--db", fresh, "--force", dump.toString());
        assertEquals(0, forced.exit(), forced.err());
        assertTrue(sameQuads(original, copyOf(Path.of(fresh))));
    }

    @Test
    void backupFromARunningServer(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("db");
        assertEquals(0, run("load", "--db", db.toString(), UnionKgCliTest.seeds().toString()).exit());
        DatasetGraph original = copyOf(db);

        Path config = UnionKgCliTest.seeds().getParent().resolve("fuseki-config/config.ttl");
        FusekiServer server = UnionKgServer.start(ServerSettings.readOnly(db, 0, config, true));
        Path dump = dir.resolve("live.nq.gz");
        try {
            URI dataset = URI.create(server.datasetURL("/unionkg"));
            UnionKgCliTest.Run backup = run("backup", "--from", dataset.toString(), "--out", dump.toString());
            assertEquals(0, backup.exit(), backup.err());
        } finally {
            server.stop();
        }
        String fresh = dir.resolve("restored").toString();
        assertEquals(0, run("restore", "--db", fresh, dump.toString()).exit());
        assertTrue(sameQuads(original, copyOf(Path.of(fresh))),
                   "the dump through the server holds the named graphs as they are, not the union view");
    }

    @Test
    void aMissingStoreIsNotBackedUp(@TempDir Path dir) {
        UnionKgCliTest.Run backup = run("backup", "--db", dir.resolve("nothing").toString(), "--out", dir.resolve("x.nq.gz").toString());
        assertEquals(2, backup.exit());
        assertFalse(Files.exists(dir.resolve("x.nq.gz")));
    }

    /**
     * The same quads, blank nodes aside: the quads as N-Quads lines with every blank node written {@code _:b},
     * compared as sorted lists (so duplicates count). Jena's isomorphism test is exponential on this data
     * (hundreds of blank nodes of the same shape); blank nodes here are counts and credits that hang off IRIs.
     */
    static boolean sameQuads(DatasetGraph a, DatasetGraph b) {
        return lines(a).equals(lines(b));
    }

    private static java.util.List<String> lines(DatasetGraph dsg) {
        return dsg.stream()
                .map(q -> term(q.getGraph()) + " " + term(q.getSubject()) + " " + term(q.getPredicate()) + " " + term(q.getObject()))
                .sorted().toList();
    }

    private static String term(Node n) {
        return n.isBlank() ? "_:b" : org.apache.jena.riot.out.NodeFmtLib.strNT(n);
    }

    /** An in-memory copy of a store's quads, the store closed again. */
    static DatasetGraph copyOf(Path db) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        try (GraphStore gs = GraphStore.open(db)) {
            DatasetGraph dsg = gs.datasetGraph();
            Txn.executeRead(dsg, () -> dsg.find().forEachRemaining((Quad q) -> copy.add(q)));
        }
        return copy;
    }
}
