package org.unionkg.query;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CannedQueryTest {

    @Test
    void everyCannedQueryParsesAndHasATitleAndAQuestion() {
        List<CannedQuery> all = CannedQueries.all();
        assertTrue(all.size() >= 5, "at least five canned queries, got " + all.size());
        for (CannedQuery q : all) {
            Query parsed = QueryFactory.create(q.sparql());
            assertFalse(q.title().equals(q.name()), q.name() + " has no # title:");
            assertFalse(q.question().isBlank(), q.name() + " has no # question:");
            assertTrue(q.cost().isPresent(), q.name() + " has no # cost: (how it finds its rows)");
            // every declared parameter is a variable the query really uses, so binding it changes the answer
            Set<String> vars = parsed.getQueryPattern() == null ? Set.of()
                    : org.apache.jena.sparql.algebra.OpVars.visibleVars(org.apache.jena.sparql.algebra.Algebra.compile(parsed))
                    .stream().map(Var::getVarName).collect(Collectors.toSet());
            for (QueryParam p : q.params()) {
                assertTrue(q.sparql().contains("?" + p.name()), q.name() + " declares ?" + p.name() + " but never uses it");
                // a required one is known to the caller, so a column of it says nothing; an optional one left free is
                // the column the rows differ by (given, the column repeats the value, as Jena's substitution projects it)
                assertFalse(!p.optional() && vars.contains(p.name())
                                && parsed.getProjectVars().stream().anyMatch(v -> v.getVarName().equals(p.name())),
                        q.name() + ": required parameter ?" + p.name() + " should not also be a result column");
            }
        }
    }

    @Test
    void aQuestionMarkAfterTheTypeMakesAParameterOptional() {
        CannedQuery q = CannedQuery.parse("x", """
                # title: X
                # param: district name?  a district, e.g. 朝阳区
                # param: words string  words
                SELECT * WHERE { ?d <http://www.w3.org/2000/01/rdf-schema#label> ?district }
                """);
        assertEquals(List.of(new QueryParam("district", QueryParam.Type.NAME, "a district, e.g. 朝阳区", true),
                new QueryParam("words", QueryParam.Type.STRING, "words", false)), q.params());
        // a name is bound as the language-tagged literal that labels carry, so it matches them exactly
        assertEquals(org.apache.jena.graph.NodeFactory.createLiteralLang("朝阳区", "zh"), q.params().get(0).toNode("朝阳区"));
    }

    @Test
    void headerIsRead() {
        CannedQuery q = CannedQuery.parse("x", """
                # title: Articles by a journalist
                # question: Which articles did a given journalist write,
                # question: and in what role?
                # param: journalist string  the name, e.g. 刘欣欣
                # param: ?limit integer how many
                # cost: index lookup — the name as an exact literal
                SELECT * { ?s ?p ?journalist } LIMIT 1""");
        assertEquals(java.util.Optional.of("index lookup — the name as an exact literal"), q.cost());
        assertFalse(q.wholeGraphByDesign());
        assertTrue(CannedQuery.parse("y", "# cost: whole-graph aggregate — all of it\nSELECT * {}").wholeGraphByDesign());
        assertEquals(java.util.Optional.empty(), CannedQuery.parse("z", "SELECT * {}").cost());
        assertEquals("Articles by a journalist", q.title());
        assertEquals("Which articles did a given journalist write, and in what role?", q.question());
        assertEquals(List.of(new QueryParam("journalist", QueryParam.Type.STRING, "the name, e.g. 刘欣欣"),
                new QueryParam("limit", QueryParam.Type.INTEGER, "how many")), q.params());
    }

    @Test
    void aParameterGivesItsFirstExampleAndEveryCannedParameterHasOne() {
        assertEquals(java.util.Optional.of("义诊"),
                new QueryParam("words", QueryParam.Type.STRING, "a word or phrase, e.g. 义诊, 工匠, 通武廊").example());
        assertEquals(java.util.Optional.of("北京市总工会"), new QueryParam("union", QueryParam.Type.STRING,
                "the union's name, e.g. 北京市总工会 or 市总工会").example());
        assertEquals(java.util.Optional.of("刘欣欣"),
                new QueryParam("journalist", QueryParam.Type.STRING, "the name (e.g. 刘欣欣).").example());
        assertEquals(java.util.Optional.empty(), new QueryParam("limit", QueryParam.Type.INTEGER, "how many").example());
        // the queries page binds an empty field to the example: a canned parameter without one would open unbound
        for (CannedQuery q : CannedQueries.all()) {
            for (QueryParam p : q.params()) {
                assertTrue(p.example().isPresent(), q.name() + ": ?" + p.name() + " gives no 'e.g.' example");
            }
        }
    }

    @Test
    void unknownQueryNamesTheCannedOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CannedQueries.resolve("no-such-query"));
        assertTrue(e.getMessage().contains("articles-per-page"), e.getMessage());
    }

    @Test
    void undeclaredOrMistypedParametersAreRefused() {
        CannedQuery q = CannedQueries.resolve("articles-by-journalist");
        assertThrows(IllegalArgumentException.class, () -> QueryRunner.bindings(q, Map.of("jornalist", "边磊")));
        CannedQuery n = CannedQuery.parse("n", "# param: n integer a number\nSELECT * { ?s ?p ?n }");
        assertThrows(IllegalArgumentException.class, () -> QueryRunner.bindings(n, Map.of("n", "1; DROP ALL")));
        CannedQuery i = CannedQuery.parse("i", "# param: x iri a thing\nSELECT * { ?x ?p ?o }");
        assertThrows(IllegalArgumentException.class, () -> QueryRunner.bindings(i, Map.of("x", "> } ; DROP ALL ; { <")));
    }

    @Test
    void injectedSparqlIsJustAString() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString("""
                PREFIX schema: <https://schema.org/> PREFIX ukg: <https://w3id.org/unionkg/def#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                <https://w3id.org/unionkg/id/article/p-01> {
                  <https://w3id.org/unionkg/id/article/p-01> a schema:NewsArticle ; schema:headline "通州区总工会举办\\"联谊\\"活动"@zh ;
                     schema:articleBody "正文"@zh ; ukg:onPage <https://w3id.org/unionkg/id/page/p> ; ukg:articleNumber 1 ;
                     ukg:credit <https://w3id.org/unionkg/id/credit/p-01-1> .
                  <https://w3id.org/unionkg/id/credit/p-01-1> ukg:creditedPerson <https://w3id.org/unionkg/id/person/bian-lei> ;
                     ukg:creditRole "记者"@zh .
                  <https://w3id.org/unionkg/id/person/bian-lei> rdfs:label "边磊"@zh .
                }""", Lang.TRIG).parse(dsg);
        long before = dsg.stream().count();
        QueryRunner runner = new QueryRunner(org.unionkg.store.UnionDefaultGraph.of(dsg), 5000);

        CannedQuery byHeadline = CannedQueries.resolve("article-by-headline");
        for (String evil : List.of("\"} ; DROP ALL ; {\"", "') } DELETE WHERE { ?s ?p ?o } #", "\"联谊\"")) {
            RowSetRewindable rows = runner.select(byHeadline, QueryRunner.bindings(byHeadline, Map.of("words", evil)));
            List<String> headlines = new ArrayList<>();
            rows.forEachRemaining(b -> headlines.add(b.get(Var.alloc("headline")).getLiteralLexicalForm()));
            // only the quote-laden Chinese string matches, and it matches as text
            assertEquals(evil.equals("\"联谊\"") ? List.of("通州区总工会举办\"联谊\"活动") : List.of(), headlines, evil);
        }
        assertEquals(before, dsg.stream().count(), "a parameter changed the data");

        CannedQuery byJournalist = CannedQueries.resolve("articles-by-journalist");
        Map<String, Node> b = QueryRunner.bindings(byJournalist, Map.of("journalist", "边磊"));
        assertEquals(1, runner.select(byJournalist, b).size());
    }
}
