package org.unionkg.cli;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionkg.store.GraphStore;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code unionkg export}: the dump of the loaded seeds parses back to the same quads. */
class ExportCommandTest {

    @TempDir
    static Path dir;
    static String db;
    static Set<Quad> stored;

    @BeforeAll
    static void loadSeeds() {
        db = dir.resolve("db").toString();
        Path seeds = UnionKgCliTest.seeds();
        UnionKgCliTest.Run load = UnionKgCliTest.run("load", "--db", db, seeds.toString());
        assertEquals(0, load.exit(), load.err());
        try (GraphStore gs = GraphStore.open(Path.of(db))) {
            stored = Txn.calculateRead(gs.datasetGraph(), () -> {
                Set<Quad> quads = new HashSet<>();
                gs.datasetGraph().find().forEachRemaining(quads::add);
                return quads;
            });
        }
        assertTrue(stored.size() > 1000, "the seeds load thousands of quads: " + stored.size());
    }

    @Test
    void nquadsRoundTrip() throws IOException {
        Path file = dir.resolve("dump.nq");
        UnionKgCliTest.Run r = UnionKgCliTest.run("export", "--db", db, "--out", file.toString());
        assertEquals(0, r.exit(), r.err());
        assertTrue(r.out().contains("wrote " + stored.size() + " quads (nq)"), r.out());
        DatasetGraph back = parse(Files.newInputStream(file), Lang.NQUADS);
        assertSameQuads(back);
        // provenance survives: a headline sits in its own article's graph
        Node article = NodeFactory.createURI("https://w3id.org/unionkg/id/article/000_8c79aeed4abb6d7c-01");
        assertTrue(back.find(article, article, SchemaDO.headline.asNode(), Node.ANY).hasNext(),
                   "the first seed article's headline is in its own graph");
    }

    @Test
    void gzippedTrigRoundTrip() throws IOException {
        Path file = dir.resolve("out/dump.trig.gz");
        UnionKgCliTest.Run r = UnionKgCliTest.run("export", "--db", db, "--format", "trig", "--gzip", "--out", file.toString());
        assertEquals(0, r.exit(), r.err());
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            assertSameQuads(parse(in, Lang.TRIG));
        }
    }

    @Test
    void turtleIsTheUnionOfTheGraphs() throws IOException {
        Path file = dir.resolve("dump.ttl");
        UnionKgCliTest.Run r = UnionKgCliTest.run("export", "--db", db, "--format", "TTL", "--out", file.toString());
        assertEquals(0, r.exit(), r.err());
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.source(file).lang(Lang.TURTLE).parse(g);
        Set<org.apache.jena.graph.Triple> distinct = new HashSet<>();
        stored.forEach(q -> distinct.add(q.asTriple()));
        assertEquals(distinct.size(), g.size());
        distinct.stream().filter(t -> !hasBlank(t.getSubject(), t.getObject()))
                .forEach(t -> assertTrue(g.contains(t), () -> "missing " + t));
    }

    @Test
    void aMissingStoreIsAUsageError() {
        Path nowhere = dir.resolve("no-store");
        UnionKgCliTest.Run r = UnionKgCliTest.run("export", "--db", nowhere.toString(), "--out", dir.resolve("x.nq").toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("no store at"), r.err());
        assertTrue(Files.notExists(nowhere), "export must not create an empty store");
    }

    @Test
    void anUnknownFormatIsRefused() {
        UnionKgCliTest.Run r = UnionKgCliTest.run("export", "--db", db, "--format", "csv");
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("csv"), r.err());
    }

    private static DatasetGraph parse(InputStream in, Lang lang) throws IOException {
        try (in) {
            DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
            RDFParser.source(in).lang(lang).parse(dsg);
            return dsg;
        }
    }

    /** The same number of quads, and every quad without a blank node (blank nodes get new labels) is back. */
    private static void assertSameQuads(DatasetGraph back) {
        Set<Quad> quads = new HashSet<>();
        back.find().forEachRemaining(quads::add);
        assertEquals(stored.size(), quads.size());
        stored.stream().filter(q -> !hasBlank(q.getSubject(), q.getObject()))
              .forEach(q -> assertTrue(quads.contains(q), () -> "missing " + q));
    }

    private static boolean hasBlank(Node s, Node o) {
        return s.isBlank() || o.isBlank();
    }
}
