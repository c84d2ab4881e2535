package org.unionkg.rdf;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unionkg.article.Article;
import org.unionkg.extract.ArticleFacts;
import org.unionkg.extract.ArticleFixtures;
import org.unionkg.extract.SharedExtractor;
import org.unionkg.resolve.Resolver;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The RDF of one article, written as TriG, parsed back and checked with SPARQL. */
class FactsToRdfTest {
    private static final String ARTICLE = "004_983e73bff6a30a31-01";
    private static final String PREFIXES = """
            PREFIX ukg: <https://w3id.org/unionkg/def#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX schema: <https://schema.org/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;
    private static Dataset dataset;
    private static String articleIri;

    @BeforeAll
    static void writeAndReadBack() {
        Article article = ArticleFixtures.article(ARTICLE);
        ArticleFacts facts = SharedExtractor.extractor().extract(article, ArticleFixtures.META_2025);
        DatasetGraph written = DatasetGraphFactory.create();
        FactsToRdf.write(article, facts, new Resolver().resolve(facts), StreamRDFLib.dataset(written));
        ByteArrayOutputStream trig = new ByteArrayOutputStream();
        RDFDataMgr.write(trig, written, Lang.TRIG);
        DatasetGraph read = DatasetGraphFactory.create();
        RDFParser.fromString(trig.toString(StandardCharsets.UTF_8), Lang.TRIG).parse(read);
        dataset = DatasetFactory.wrap(read);
        articleIri = IriMinter.raw("article", ARTICLE);
    }

    private static List<QuerySolution> select(String query) {
        try (QueryExecution qe = QueryExecutionFactory.create(PREFIXES + entities(query), dataset)) {
            ResultSet rs = qe.execSelect();
            List<QuerySolution> out = new ArrayList<>();
            rs.forEachRemaining(out::add);
            return out;
        }
    }

    private static boolean ask(String query) {
        try (QueryExecution qe = QueryExecutionFactory.create(PREFIXES + entities(query), dataset)) {
            return qe.execAsk();
        }
    }

    /** {@code GRAPH <E>} in a query is the entities graph. */
    private static String entities(String query) {
        return query.replace("<E>", "<" + UKG.ENTITIES_GRAPH + ">");
    }

    @Test
    void whatTheArticleSaysIsInItsGraphAndWhatThingsAreInTheEntitiesGraph() {
        assertTrue(dataset.getDefaultModel().isEmpty(), "nothing in the default graph");
        List<String> graphs = new ArrayList<>();
        dataset.listNames().forEachRemaining(graphs::add);
        assertEquals(java.util.Set.of(articleIri, UKG.ENTITIES_GRAPH), java.util.Set.copyOf(graphs));
        assertEquals(List.of(), select("SELECT ?x ?l WHERE { GRAPH <" + articleIri + "> { ?x rdfs:label ?l } }"),
                "no canonical label in the article's graph");
        assertTrue(ask("ASK { GRAPH <" + articleIri + "> { ?u org:subOrganizationOf ?m . ?t ukg:within ?d } }"),
                "what the text says of them stays");
        List<QuerySolution> described = select("SELECT DISTINCT ?p WHERE { GRAPH <E> { ?s ?p ?o } } ORDER BY ?p");
        assertEquals(java.util.Set.of("http://www.w3.org/1999/02/22-rdf-syntax-ns#type",
                        "http://www.w3.org/2000/01/rdf-schema#label", "http://www.w3.org/2004/02/skos/core#prefLabel",
                        "http://www.w3.org/2004/02/skos/core#inScheme", UKG.NS + "level"),
                described.stream().map(r -> r.getResource("p").getURI()).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void postsAsWritten() {
        List<QuerySolution> rows = select("""
                SELECT ?post ?roleText WHERE { GRAPH ?g {
                  ?post a org:Membership ; org:member ?p ; org:organization ?o ; ukg:roleText ?roleText ; ukg:evidence ?e . }
                  GRAPH <E> { ?p rdfs:label "张良"@zh . ?o a ukg:UnionBody ; rdfs:label "北京市总工会"@zh . }
                }""");
        assertEquals(1, rows.size(), rows::toString);
        assertEquals("党组书记、副主席", rows.get(0).getLiteral("roleText").getLexicalForm());
        assertEquals("https://w3id.org/unionkg/id/post/zhang-liang--bei-jing-shi-zong-gong-hui", rows.get(0).getResource("post").getURI());
        assertTrue(ask("""
                ASK { GRAPH ?g { ?post org:member ?p ; org:role ?r1, ?r2 } GRAPH <E> { ?p rdfs:label "张良"@zh .
                  ?r1 rdfs:label "党组书记"@zh . ?r2 rdfs:label "副主席"@zh . ?r1 a org:Role } }"""));
        assertTrue(ask("""
                ASK { GRAPH ?g { ?post org:member ?p ; org:organization ?o ; ukg:roleText "区长"@zh . ?o ukg:orgKind "government" }
                  GRAPH <E> { ?p rdfs:label "郑皓"@zh . ?o rdfs:label "通州区人民政府"@zh } }"""));
    }

    @Test
    void unionStructure() {
        assertTrue(ask("""
                ASK { GRAPH ?g { ?u org:subOrganizationOf ?m ; ukg:locatedIn ?d }
                  GRAPH <E> { ?u a ukg:UnionBody ; rdfs:label "通州区总工会"@zh ; ukg:level <https://w3id.org/unionkg/id/level/district> .
                  ?m rdfs:label "北京市总工会"@zh . ?d a ukg:District ; rdfs:label "通州区"@zh } }"""));
        assertTrue(ask("""
                ASK { GRAPH ?g { ?t ukg:within ?d } GRAPH <E> { ?t a ukg:Subdistrict ; rdfs:label "梨园镇"@zh . ?d rdfs:label "通州区"@zh } }"""));
    }

    @Test
    void awards() {
        assertTrue(ask("""
                ASK { GRAPH ?g { ?a a ukg:HonourAward ; ukg:awardee ?o ; ukg:honour ?h ; ukg:awardYear "2025"^^xsd:gYear .
                  ?o ukg:orgKind "procuratorate" }
                  GRAPH <E> { ?o a org:Organization ; rdfs:label "通州区人民检察院"@zh .
                  ?h a ukg:Honour, skos:Concept ; rdfs:label "北京市模范集体"@zh } }"""));
        List<QuerySolution> people = select("""
                SELECT ?name WHERE { GRAPH ?g { ?a ukg:awardee ?p ; ukg:honour ?h } GRAPH <E> { ?p a foaf:Person ; rdfs:label ?name } }
                ORDER BY ?name""");
        assertEquals(java.util.Set.of("赵建民", "甘静雯", "韩娜"),
                people.stream().map(s -> s.getLiteral("name").getLexicalForm()).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void mentionsWithEvidence() {
        assertTrue(ask("ASK { GRAPH ?g { <" + articleIri + "> schema:mentions ?p } GRAPH <E> { ?p rdfs:label \"甘静雯\"@zh } }"));
        List<QuerySolution> rows = select("""
                SELECT ?s ?start ?end WHERE { GRAPH ?g { ?m ukg:mentionOf ?p ;
                  ukg:startOffset ?start ; ukg:endOffset ?end } GRAPH <E> { ?p rdfs:label "李辰"@zh } }""");
        assertEquals(1, rows.size(), rows::toString);
        Article article = ArticleFixtures.article(ARTICLE);
        int start = rows.get(0).getLiteral("start").getInt();
        int end = rows.get(0).getLiteral("end").getInt();
        assertEquals("李辰", article.body().substring(start, end));
        // the evidence sentence is read back from the body and the span, not stored
        String sentence = FactsToRdf.sentence(article.body(), start, end);
        assertTrue(sentence.contains("检察长李辰作交流发言") && sentence.endsWith("。"), sentence);
        assertTrue(article.body().contains(sentence), sentence);
        // three quads a mention: no type (ukg:mentionOf's domain gives it) and no stored sentence
        assertFalse(ask("ASK { GRAPH ?g { { ?m a ukg:Mention } UNION { ?m ukg:sentence ?s } } }"));
        assertEquals(3, select("SELECT ?p ?o WHERE { GRAPH ?g { <https://w3id.org/unionkg/id/mention/" + ARTICLE
                + "-1> ?p ?o } }").size());
        assertTrue(select("SELECT ?x WHERE { GRAPH ?g { ?x rdfs:label ?l FILTER(lang(?l) != \"zh\") } }").isEmpty(),
                "every label in Chinese");
    }
}
