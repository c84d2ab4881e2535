package org.unionkg.extract.event;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.unionkg.extract.Mention;
import org.unionkg.rdf.IriMinter;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The RDF written for seed events, read back with SPARQL as an analyst would. */
class EventToRdfTest {
    private static final String PREFIXES = """
            PREFIX ukg: <https://w3id.org/unionkg/def#>
            PREFIX schema: <https://schema.org/>
            PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;
    private static final String ID = "https://w3id.org/unionkg/id/";

    /** As the entity writer mints them: people, places (venues too) and organisations (unions too). */
    private static final Function<Mention, Node> IRI_OF = m -> NodeFactory.createURI(switch (m.type()) {
        case PERSON -> IriMinter.mint("person", m.canonical());
        case PLACE, VENUE -> IriMinter.mint("place", m.canonical());
        case HONOUR -> IriMinter.mint("honour", m.canonical());
        default -> IriMinter.mint("org", m.canonical());
    });

    private static DatasetGraph write(Fixture f) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        var out = StreamRDFLib.dataset(dsg);
        out.start();
        EventToRdf.write(f.article(), Events.extract(f), IRI_OF, out);
        out.finish();
        return dsg;
    }

    private static List<QuerySolution> select(DatasetGraph dsg, String query) {
        Dataset ds = DatasetFactory.wrap(dsg);
        try (QueryExecution qe = QueryExecution.dataset(ds).query(PREFIXES + query).build()) {
            ResultSet rs = qe.execSelect();
            List<QuerySolution> rows = new ArrayList<>();
            rs.forEachRemaining(rows::add);
            return rows;
        }
    }

    @Test
    void surveyEventInTheArticlesGraph() {
        DatasetGraph dsg = write(SeedArticles.P001_1);
        String article = ID + "article/001_807a0e5f213dd034-01";
        List<QuerySolution> rows = select(dsg, """
                SELECT ?date ?precision ?text ?label WHERE {
                  GRAPH <%s> {
                    <%sevent/001_807a0e5f213dd034-01-1> a ukg:Event ;
                        ukg:eventType <%sevent-type/survey-visit> ;
                        ukg:date ?date ; ukg:datePrecision ?precision ; ukg:dateText ?text ;
                        rdfs:label ?label ;
                        schema:organizer <%sorg/bei-jing-shi-zong-gong-hui> ;
                        sem:hasPlace <%s>, <%s> ;
                        schema:subjectOf <%s> .
                  }
                }""".formatted(article, ID, ID, ID, IriMinter.mint("place", "朝阳区"),
                IriMinter.mint("place", "朝阳区工人文化宫"), article));
        assertEquals(1, rows.size());
        QuerySolution row = rows.get(0);
        assertEquals("2025-09-18", row.getLiteral("date").getLexicalForm());
        assertEquals("http://www.w3.org/2001/XMLSchema#date", row.getLiteral("date").getDatatypeURI());
        assertEquals(ID + "date-precision/day", row.getResource("precision").getURI());
        assertEquals("9月18日上午", row.getLiteral("text").getString());
        assertEquals("zh", row.getLiteral("text").getLanguage());
        assertTrue(row.getLiteral("label").getString().startsWith("北京市总工会赴朝阳区调研"));
    }

    @Test
    void participationsHaveStableIrisAndTheirParts() {
        DatasetGraph dsg = write(SeedArticles.P001_1);
        List<QuerySolution> rows = select(dsg, """
                SELECT ?p ?who ?part WHERE {
                  GRAPH ?g { ?e ukg:participation ?p . ?p ukg:participant ?who ; ukg:part ?part .
                             ?e sem:hasActor ?who . }
                } ORDER BY ?p""");
        assertEquals(3, rows.size());
        String event = ID + "event/001_807a0e5f213dd034-01-1";
        assertEquals(event + "/participation/1", rows.get(0).getResource("p").getURI());
        assertEquals(ID + "person/zhang-liang", rows.get(0).getResource("who").getURI());
        assertEquals("带队", rows.get(0).getLiteral("part").getString());
        assertEquals(ID + "person/zhu-wen-jiao", rows.get(1).getResource("who").getURI());
        assertEquals("参加", rows.get(1).getLiteral("part").getString());
    }

    @Test
    void headcountsAreTypedNodes() {
        DatasetGraph dsg = write(SeedArticles.P000_6);
        List<QuerySolution> rows = select(dsg, """
                SELECT ?text ?value ?approx ?of WHERE {
                  GRAPH ?g { ?e ukg:headcount ?c . ?c a ukg:Count ; ukg:countText ?text ; ukg:countValue ?value ;
                             ukg:approximate ?approx ; ukg:countOf ?of . FILTER(?value >= 1000) }
                }""");
        assertEquals(1, rows.size());
        assertEquals("2000余名护理人员", rows.get(0).getLiteral("text").getString());
        assertEquals(2000, rows.get(0).getLiteral("value").getInt());
        assertTrue(rows.get(0).getLiteral("approx").getBoolean());
        assertEquals("护理人员", rows.get(0).getLiteral("of").getString());
    }

    @Test
    void beforePublicationCarriesTheKnownYear() {
        DatasetGraph dsg = write(SeedArticles.P002_6);
        List<QuerySolution> rows = select(dsg, """
                SELECT ?date ?text WHERE { GRAPH ?g { ?e ukg:date ?date ;
                    ukg:datePrecision <https://w3id.org/unionkg/id/date-precision/before-publication> ; ukg:dateText ?text } }""");
        assertEquals(1, rows.size());
        assertEquals("2025", rows.get(0).getLiteral("date").getLexicalForm());
        assertEquals("http://www.w3.org/2001/XMLSchema#gYear", rows.get(0).getLiteral("date").getDatatypeURI());
    }

    @Test
    void everyQuadIsInTheArticleGraphWithoutBlankNodesAndReloadsAreIdempotent() {
        DatasetGraph dsg = write(SeedArticles.P003_2);
        Node graph = NodeFactory.createURI(ID + "article/003_ba22a2eb888b9f8c-02");
        long size = 0;
        for (Iterator<Quad> it = dsg.find(); it.hasNext(); size++) {
            Quad q = it.next();
            assertEquals(graph, q.getGraph());
            assertFalse(q.getSubject().isBlank() || q.getObject().isBlank(), q::toString);
        }
        assertTrue(dsg.getDefaultGraph().isEmpty());
        var out = StreamRDFLib.dataset(dsg);
        EventToRdf.write(SeedArticles.P003_2.article(), Events.extract(SeedArticles.P003_2), IRI_OF, out);
        assertEquals(size, dsg.stream().count());
        // the dated contest is the article's second event
        assertEquals(1, select(dsg, """
                SELECT * WHERE { GRAPH ?g { <https://w3id.org/unionkg/id/event/003_ba22a2eb888b9f8c-02-2>
                    ukg:eventType <https://w3id.org/unionkg/id/event-type/culture-sports> ;
                    ukg:date "2025-03-24"^^xsd:date } }""").size());
    }
}
