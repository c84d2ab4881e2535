package org.unionkg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unionkg.server.ServerFixture.ARTICLE_01;
import static org.unionkg.server.ServerFixture.queryGet;

import java.nio.file.Path;
import java.util.List;

import org.apache.jena.assembler.Assembler;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionkg.store.TextIndexBuilder;
import org.unionkg.store.TextIndexDefinition;

/** The full-text index as the Fuseki configurations describe it: the loader's index, at the store given, over HTTP. */
class TextConfigTest {

    static final List<String> CONFIGS = List.of("fuseki-config/config.ttl", "fuseki-config/config-update.ttl");

    @Test
    void bothConfigurationsDescribeTheLoadersIndex(@TempDir Path dir) {
        for (String file : CONFIGS) {
            Path configFile = ServerFixture.projectRoot().resolve(file);
            Model m = UnionKgServer.readConfig(new ServerSettings(dir, 0, configFile, true, dummyPasswords(dir)));
            List<Resource> maps = m.listSubjectsWithProperty(RDF.type, TextVocab.entityMap).toList();
            assertEquals(1, maps.size(), file);
            assertTrue(maps.get(0).isURIResource(), file + ": the entity map must be a named resource");
            EntityDefinition config = (EntityDefinition) Assembler.general().open(maps.get(0));
            EntityDefinition code = TextIndexDefinition.entityDefinition();
            assertEquals(code.getEntityField(), config.getEntityField(), file);
            assertEquals(code.getPrimaryField(), config.getPrimaryField(), file);
            assertEquals(code.getGraphField(), config.getGraphField(), file);
            assertEquals(code.getUidField(), config.getUidField(), file);
            TextIndexDefinition.FIELDS.forEach((field, predicate) ->
                    assertEquals(field, config.getField(predicate), file + ": " + predicate));
            assertEquals(new java.util.HashSet<>(code.fields()), new java.util.HashSet<>(config.fields()), file);
            assertEquals(code.getLangField(), config.getLangField(), file);
            for (var analyzer : List.of(TextVocab.pAnalyzer, TextVocab.pQueryAnalyzer)) {
                RDFNode a = m.listObjectsOfProperty(analyzer).next();
                assertEquals("org.apache.lucene.analysis.cjk.CJKAnalyzer",
                             a.asResource().getProperty(TextVocab.pClass).getString(), file);
            }
        }
    }

    @Test
    void theIndexFolderFollowsTheStore(@TempDir Path dir) {
        Model m = UnionKgServer.readConfig(ServerSettings.readOnly(dir, 0, ServerFixture.readOnlyConfig(), true));
        List<RDFNode> dirs = m.listObjectsOfProperty(TextVocab.pDirectory).toList();
        assertEquals(1, dirs.size());
        assertEquals(TextIndexDefinition.folder(dir.toAbsolutePath()).toUri().toString(), dirs.get(0).asResource().getURI());
    }

    @Test
    void textQueriesOverHttp(@TempDir Path dir) {
        // store.trig is loaded straight into TDB2, as a bulk loader would: no index until it is rebuilt
        Path db = ServerFixture.loadStore(dir);
        assertEquals(5, TextIndexBuilder.rebuild(db), "2 headlines and 3 labels");
        FusekiServer server = UnionKgServer.start(ServerSettings.readOnly(db, 0, ServerFixture.readOnlyConfig(), true));
        try {
            String query = "http://localhost:" + server.getPort() + "/unionkg/query";
            String prefixes = "PREFIX text: <http://jena.apache.org/text#> PREFIX schema: <https://schema.org/> ";
            var headline = UnionKgServerTest.rows(queryGet(query, prefixes
                    + "SELECT ?a ?h { (?a ?score ?h) text:query (schema:headline \"工会法\") }"));
            assertEquals(1, headline.size());
            assertEquals(ARTICLE_01, headline.get(0).getResource("a").getURI());
            assertEquals(ServerFixture.HEADLINE_01, headline.get(0).getLiteral("h").getLexicalForm());
            // the default field is rdfs:label; 工会 inside 东城区总工会
            var label = UnionKgServerTest.rows(queryGet(query, prefixes + "SELECT ?s { ?s text:query \"工会\" }"));
            assertEquals(List.of("https://w3id.org/unionkg/id/org/dong-cheng-qu-zong-gong-hui"),
                         label.stream().map(r -> r.getResource("s").getURI()).toList());
        } finally {
            server.stop();
        }
    }

    @Test
    void updatesThroughTheAuthenticatedEndpointKeepTheIndexInStep(@TempDir Path dir) throws java.io.IOException {
        Path db = ServerFixture.loadStore(dir);
        TextIndexBuilder.rebuild(db);
        Path passwd = dir.resolve("passwd");
        java.nio.file.Files.writeString(passwd, "editor: editor-secret\n");
        Path config = ServerFixture.projectRoot().resolve("fuseki-config/config-update.ttl");
        FusekiServer server = UnionKgServer.start(new ServerSettings(db, 0, config, true, passwd));
        try {
            String ds = "http://localhost:" + server.getPort() + "/unionkg";
            String union = "https://w3id.org/unionkg/id/org/chao-yang-qu-zong-gong-hui";
            String triple = "<" + union + "> <http://www.w3.org/2000/01/rdf-schema#label> \"朝阳区总工会\"@zh";
            String search = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query \"\\\"朝阳区\\\"\" }";
            String login = "Basic " + java.util.Base64.getEncoder().encodeToString(
                    "editor:editor-secret".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(List.of(), subjects(ds, search));

            var insert = ServerFixture.send(ServerFixture.updatePost(ds + "/update",
                    "INSERT DATA { GRAPH <" + ARTICLE_01 + "> { " + triple + " } }").header("Authorization", login));
            assertTrue(insert.statusCode() == 200 || insert.statusCode() == 204, insert.body());
            assertEquals(List.of(union), subjects(ds, search));

            var delete = ServerFixture.send(ServerFixture.updatePost(ds + "/update",
                    "DELETE DATA { GRAPH <" + ARTICLE_01 + "> { " + triple + " } }").header("Authorization", login));
            assertTrue(delete.statusCode() == 200 || delete.statusCode() == 204, delete.body());
            assertEquals(List.of(), subjects(ds, search), "a deleted label is still found");
        } finally {
            server.stop();
        }
    }

    private static List<String> subjects(String ds, String query) {
        return UnionKgServerTest.rows(queryGet(ds + "/query", query)).stream().map(r -> r.getResource("s").getURI()).toList();
    }

    private static Path dummyPasswords(Path dir) {
        try {
            Path p = dir.resolve("passwd");
            java.nio.file.Files.writeString(p, "editor: x\n");
            return p;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
