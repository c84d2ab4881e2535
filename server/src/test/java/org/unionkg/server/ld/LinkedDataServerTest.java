package org.unionkg.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unionkg.server.ld.LdFixture.*;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionkg.server.ServerSettings;
import org.unionkg.server.UnionKgServer;

/** Dereferencing, conneg, caching headers, VoID and dumps, over HTTP from the unionkg server. */
class LinkedDataServerTest {

    @TempDir
    static Path dir;
    static FusekiServer server;
    static String base;

    static final String UNION_PATH = "/id/org/chao-yang-qu-zong-gong-hui";
    static final String UNION_DOC = "/doc/org/chao-yang-qu-zong-gong-hui";
    static final Map<RdfFormat, Lang> LANGS = Map.of(
        RdfFormat.TURTLE, Lang.TURTLE, RdfFormat.JSONLD, Lang.JSONLD,
        RdfFormat.RDFXML, Lang.RDFXML, RdfFormat.NTRIPLES, Lang.NTRIPLES);

    @BeforeAll
    static void start() {
        Path db = tdb2(dir);
        Path config = projectRoot().resolve("fuseki-config/config.ttl");
        server = UnionKgServer.start(ServerSettings.readOnly(db, 0, config, true));
        base = "http://localhost:" + server.getPort();
    }

    @AfterAll
    static void stop() {
        if (server != null)
            server.stop();
    }

    // ---- 303 and content negotiation

    @Test
    void theResourceRedirectsToADocumentPerFormat() {
        for (RdfFormat f : RdfFormat.ALL) {
            HttpResponse<String> r = send(request(base + UNION_PATH).header("Accept", f.mediaType()).GET());
            assertEquals(303, r.statusCode(), f + ": " + r.body());
            assertEquals(base + UNION_DOC + "." + f.extension(), header(r, "Location"));
            assertTrue(variesOnAccept(r), r.headers().map().toString());
        }
    }

    @Test
    void eachRdfFormatParsesToTheDescription() {
        for (RdfFormat f : RdfFormat.RDF) {
            HttpResponse<String> r = follow(request(base + UNION_PATH).header("Accept", f.mediaType()).GET());
            assertEquals(200, r.statusCode(), f + ": " + r.body());
            assertEquals(f.mediaType() + "; charset=utf-8", header(r, "Content-Type").toLowerCase().replace(";charset", "; charset"), f.name());
            Graph g = parse(r.body(), LANGS.get(f));
            assertDescribesTheUnion(g, f.name());
            // the document says what it is about
            assertTrue(g.contains(NodeFactory.createURI(base + UNION_DOC + "." + f.extension()), FOAF.primaryTopic.asNode(), UNION), f.name());
        }
    }

    @Test
    void aBrowserGetsHtml() {
        HttpResponse<String> r = follow(request(base + UNION_PATH)
            .header("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").GET());
        assertEquals(200, r.statusCode());
        assertEquals(base + UNION_DOC + ".html", r.uri().toString());
        assertTrue(header(r, "Content-Type").startsWith("text/html"), header(r, "Content-Type"));
        assertTrue(header(r, "Content-Type").toLowerCase().contains("charset=utf-8"));
        assertTrue(r.body().contains("<h1>朝阳区总工会</h1>"), r.body());
        assertTrue(r.body().contains("坏标签&lt;script&gt;"), r.body());
        assertFalse(r.body().contains("<script"), r.body());
        // the SPARQL endpoint of the dataset, as served
        assertTrue(r.body().contains(base + "/unionkg/query"), r.body());
    }

    @Test
    void anyTypeGetsTurtleAndWeightsAreHonoured() {
        HttpResponse<String> any = send(request(base + UNION_PATH).header("Accept", "*/*").GET());
        assertEquals(base + UNION_DOC + ".ttl", header(any, "Location"));
        HttpResponse<String> none = send(request(base + UNION_PATH).GET());
        assertEquals(303, none.statusCode());
        HttpResponse<String> weighted = send(request(base + UNION_PATH)
            .header("Accept", "text/turtle;q=0.5, application/ld+json;q=0.9").GET());
        assertEquals(base + UNION_DOC + ".jsonld", header(weighted, "Location"));
    }

    @Test
    void formatParameterOverridesAccept() {
        HttpResponse<String> r = send(request(base + UNION_PATH + "?format=nt").header("Accept", "text/html").GET());
        assertEquals(303, r.statusCode());
        assertEquals(base + UNION_DOC + ".nt", header(r, "Location"));
        HttpResponse<String> doc = send(request(base + UNION_DOC + "?format=jsonld").GET());
        assertEquals(200, doc.statusCode());
        assertTrue(header(doc, "Content-Type").startsWith("application/ld+json"));
        assertEquals(base + UNION_DOC + ".jsonld", header(doc, "Content-Location"));
        assertEquals(406, send(request(base + UNION_PATH + "?format=xlsx").GET()).statusCode());
    }

    @Test
    void theGenericDocumentNegotiatesWithContentLocation() {
        HttpResponse<String> r = send(request(base + UNION_DOC).header("Accept", "application/n-triples").GET());
        assertEquals(200, r.statusCode());
        assertEquals(base + UNION_DOC + ".nt", header(r, "Content-Location"));
        assertTrue(variesOnAccept(r), r.headers().map().toString());
        assertDescribesTheUnion(parse(r.body(), Lang.NTRIPLES), "nt");
        // a file with its extension is what it says, whatever Accept says, and does not vary
        HttpResponse<String> ttl = send(request(base + UNION_DOC + ".ttl").header("Accept", "text/html").GET());
        assertEquals(200, ttl.statusCode());
        assertTrue(header(ttl, "Content-Type").startsWith("text/turtle"));
        assertFalse(variesOnAccept(ttl), ttl.headers().map().toString());
    }

    // ---- errors

    @Test
    void unknownIriIs404AndUnservableTypeIs406() {
        assertEquals(404, send(request(base + "/id/org/no-such-union").header("Accept", "text/turtle").GET()).statusCode());
        assertEquals(404, send(request(base + "/doc/org/no-such-union.ttl").GET()).statusCode());
        assertEquals(404, send(request(base + "/id/").GET()).statusCode());
        HttpResponse<String> r = send(request(base + UNION_PATH).header("Accept", "image/png").GET());
        assertEquals(406, r.statusCode());
        assertTrue(r.body().contains("text/turtle"), "names what is available: " + r.body());
        assertEquals(406, send(request(base + UNION_DOC).header("Accept", "application/pdf").GET()).statusCode());
    }

    // ---- caching and HEAD

    @Test
    void etagAndIfNoneMatch() {
        HttpResponse<String> first = send(request(base + UNION_DOC + ".ttl").GET());
        String etag = header(first, "ETag");
        assertNotNull(etag);
        assertTrue(etag.startsWith("\"") && etag.endsWith("\""), etag);
        assertEquals(etag, header(send(request(base + UNION_DOC + ".ttl").GET()), "ETag"), "same store, same tag");
        HttpResponse<String> again = send(request(base + UNION_DOC + ".ttl").header("If-None-Match", etag).GET());
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
        assertEquals(etag, header(again, "ETag"));
        HttpResponse<String> other = send(request(base + UNION_DOC + ".ttl").header("If-None-Match", "\"nope\"").GET());
        assertEquals(200, other.statusCode());
        assertFalse(etag.equals(header(send(request(base + UNION_DOC + ".nt").GET()), "ETag")), "each format its own tag");
    }

    @Test
    void headAnswersHeadersOnly() {
        HttpResponse<String> get = send(request(base + UNION_DOC + ".html").GET());
        HttpResponse<String> head = send(request(base + UNION_DOC + ".html").method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, head.statusCode());
        assertEquals("", head.body());
        assertEquals(header(get, "Content-Type"), header(head, "Content-Type"));
        assertEquals(header(get, "ETag"), header(head, "ETag"));
        assertEquals(String.valueOf(get.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length),
                     header(head, "Content-Length"));
        HttpResponse<String> headId = send(request(base + UNION_PATH).method("HEAD", HttpRequest.BodyPublishers.noBody()));
        assertEquals(303, headId.statusCode());
    }

    // ---- JSON-LD

    @Test
    void jsonLdNamesTheServedContext() {
        HttpResponse<String> r = send(request(base + UNION_DOC + ".jsonld").GET());
        JsonObject doc = JSON.parse(r.body());
        assertEquals(base + "/context.jsonld", doc.get("@context").getAsString().value());
        JsonObject union = doc.get("@graph").getAsArray().get(0).getAsObject();
        assertEquals("朝阳区总工会", union.getString("label"));
        HttpResponse<String> ctx = send(request(base + "/context.jsonld").GET());
        assertEquals(200, ctx.statusCode());
        assertTrue(header(ctx, "Content-Type").startsWith("application/ld+json"));
        JsonObject label = JSON.parse(ctx.body()).get("@context").getAsObject().get("label").getAsObject();
        assertEquals("zh", label.getString("@language"));
        // a JSON-LD processor fetches the context over HTTP and gets the @zh literal back
        Graph g = parse(r.body(), Lang.JSONLD);
        assertTrue(g.contains(UNION, RDFS.label.asNode(), zh("朝阳区总工会")), r.body());
    }

    // ---- VoID and dumps

    @Test
    void voidCountsMatchTheStore() {
        for (String path : List.of("/.well-known/void", "/void")) {
            HttpResponse<String> r = send(request(base + path).header("Accept", "text/turtle").GET());
            assertEquals(200, r.statusCode(), r.body());
            assertTrue(variesOnAccept(r), r.headers().map().toString());
            Graph g = parse(r.body(), Lang.TURTLE);
            Node ds = NodeFactory.createURI(base + "/.well-known/void#dataset");
            assertEquals(count("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }"),
                         number(g, ds, VOID.triples.asNode()));
            assertEquals(count("SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s ?p ?o } }"),
                         number(g, ds, VOID.distinctSubjects.asNode()));
            assertTrue(g.contains(ds, VOID.sparqlEndpoint.asNode(), NodeFactory.createURI(base + "/unionkg/query")));
            assertTrue(g.contains(ds, VOID.dataDump.asNode(), NodeFactory.createURI(base + "/dump/unionkg.nq.gz")));
            assertTrue(g.contains(ds, VOID.exampleResource.asNode(), UNION) || g.contains(ds, VOID.exampleResource.asNode(), PARENT));
            assertTrue(g.contains(ds, VOID.exampleResource.asNode(), PERSON));
            assertTrue(g.contains(ds, VOID.uriSpace.asNode(), NodeFactory.createLiteralString(ID)));
            // the class partition of unions: four union bodies in the fixture
            Node partition = g.find(ds, VOID.classPartition.asNode(), Node.ANY).mapWith(t -> t.getObject())
                .filterKeep(p -> g.contains(p, VOID._class.asNode(), NodeFactory.createURI("https://w3id.org/unionkg/def#UnionBody")))
                .next();
            assertEquals(4, number(g, partition, VOID.entities.asNode()));
        }
        assertEquals(406, send(request(base + "/.well-known/void").header("Accept", "text/html").GET()).statusCode());
    }

    @Test
    void theDumpHasEveryQuad() throws IOException {
        HttpResponse<byte[]> r = sendBytes(request(base + "/dump/unionkg.nq.gz").GET());
        assertEquals(200, r.statusCode());
        assertEquals("application/gzip", header(r, "Content-Type"));
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(r.body()))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(back);
        }
        assertEquals(count("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"), back.stream().count());
        assertTrue(back.contains(ARTICLE_1, UNION, ORG.subOrganizationOf.asNode(), PARENT), "quads keep their article graph");
        assertEquals(404, send(request(base + "/dump/other.csv").GET()).statusCode());
    }

    // ---- the base mapping

    @Test
    void theIriBaseIsConfigurable() {
        // a deployment that maps another namespace to /id/: here only the org/ part of ours
        LinkedDataSettings orgs = new LinkedDataSettings(ID + "org/", "/unionkg");
        // a store of its own: two servers cannot share one store's full-text index (Lucene's write lock)
        FusekiServer other = UnionKgServer.builder(ServerSettings.readOnly(tdb2(dir.resolve("other")), 0,
                projectRoot().resolve("fuseki-config/config.ttl"), true))
            .fusekiModules(org.apache.jena.fuseki.main.sys.FusekiModules.create(List.of(new FMod_LinkedData(orgs))))
            .build().start();
        try {
            String otherBase = "http://localhost:" + other.getPort();
            HttpResponse<String> r = follow(request(otherBase + "/id/chao-yang-qu-zong-gong-hui").header("Accept", "text/turtle").GET());
            assertEquals(200, r.statusCode(), r.body());
            assertEquals(otherBase + "/doc/chao-yang-qu-zong-gong-hui.ttl", r.uri().toString());
            assertDescribesTheUnion(parse(r.body(), Lang.TURTLE), "org/ base");
            assertEquals(404, send(request(otherBase + UNION_PATH).GET()).statusCode(), "org/org/... is nobody");
        } finally {
            other.stop();
        }
    }

    // ---- helpers

    static void assertDescribesTheUnion(Graph g, String what) {
        assertTrue(g.contains(UNION, RDFS.label.asNode(), zh("朝阳区总工会")), what + ": own label");
        assertTrue(g.contains(UNION, ORG.subOrganizationOf.asNode(), PARENT), what + ": own link");
        assertTrue(g.contains(PARENT, RDFS.label.asNode(), zh("北京市总工会")), what + ": label of what it links to");
        assertTrue(g.contains(CHILD, ORG.subOrganizationOf.asNode(), UNION), what + ": incoming child");
        assertTrue(g.contains(POST, ORG.organization.asNode(), UNION), what + ": incoming post");
        assertTrue(g.contains(EVENT, SchemaDO.organizer.asNode(), UNION), what + ": incoming event");
        assertTrue(g.contains(UNION, SchemaDO.subjectOf.asNode(), ARTICLE_1), what + ": the article saying so");
        assertTrue(g.contains(SCRIPT_CHILD, RDFS.label.asNode(), zh(SCRIPT_LABEL)), what + ": the label, unchanged");
    }

    static boolean variesOnAccept(HttpResponse<?> r) {
        return r.headers().allValues("Vary").stream()
                .flatMap(v -> java.util.Arrays.stream(v.split(","))).anyMatch(v -> v.strip().equalsIgnoreCase("Accept"));
    }

    static Graph parse(String body, Lang lang) {
        Graph g = GraphFactory.createDefaultGraph();
        RDFParser.fromString(body, lang).base(base).parse(g);
        return g;
    }

    static long number(Graph g, Node s, Node p) {
        List<Node> os = g.find(s, p, Node.ANY).mapWith(t -> t.getObject()).toList();
        assertEquals(1, os.size(), s + " " + p + ": " + os);
        return Long.parseLong(os.get(0).getLiteralLexicalForm());
    }

    /** A COUNT query through the server's own SPARQL endpoint. */
    static long count(String query) {
        try (QueryExecution qe = QueryExecution.service(base + "/unionkg/query").query(query).build()) {
            return qe.execSelect().next().getLiteral("n").getLong();
        }
    }
}
