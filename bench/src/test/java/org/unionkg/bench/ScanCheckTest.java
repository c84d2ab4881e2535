package org.unionkg.bench;

import org.junit.jupiter.api.Test;
import org.unionkg.query.CannedQueries;
import org.unionkg.query.CannedQuery;

import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bench's judgement of which queries read the whole graph, on the canned queries and on the forms it rejects. */
class ScanCheckTest {

    @Test
    void cannedQueriesScanOnlyWhereTheirHeaderSaysSo() {
        Map<String, String> verdicts = CannedQueries.all().stream()
                .collect(Collectors.toMap(CannedQuery::name, ScanCheck::describe));
        verdicts.forEach((name, v) -> assertTrue(v.startsWith("no") || v.startsWith("yes, by design"), name + ": " + v));
        assertTrue(verdicts.get("journalist-coverage").startsWith("yes, by design (whole-graph aggregate"), verdicts.toString());
        assertTrue(verdicts.get("articles-by-journalist").startsWith("no (index lookup"), verdicts.toString());
        assertTrue(verdicts.get("body-search").startsWith("no (text index"), verdicts.toString());
        assertTrue(verdicts.get("union-tree").startsWith("no (index lookup"), verdicts.toString());
    }

    @Test
    void theFormsThatNoIndexCanAnswerAreFlagged() {
        CannedQuery str = CannedQuery.parse("str", """
                # param: name string  a name
                SELECT ?x { ?x <http://www.w3.org/2000/01/rdf-schema#label> ?l FILTER(STR(?l) = ?name) }""");
        assertTrue(ScanCheck.describe(str).startsWith("yes: STR() equality"), ScanCheck.describe(str));
        CannedQuery contains = CannedQuery.parse("contains", """
                # param: words string  words
                # cost: text index — claimed, but the query below has none
                SELECT ?a { ?a <https://schema.org/headline> ?h FILTER(CONTAINS(STR(?h), ?words)) }""");
        assertTrue(ScanCheck.describe(contains).startsWith("yes: substring FILTER"), ScanCheck.describe(contains));
        CannedQuery unmarked = CannedQuery.parse("unmarked", "SELECT (COUNT(?s) AS ?n) { ?s ?p ?o }");
        assertTrue(ScanCheck.describe(unmarked).startsWith("yes: aggregates the whole graph"), ScanCheck.describe(unmarked));
        CannedQuery prose = CannedQuery.parse("prose", """
                # param: name string  a name
                # the old form was FILTER(STR(?l) = ?name), which no index can use
                SELECT ?x { BIND(STRLANG(?name, "zh") AS ?l) ?x <http://www.w3.org/2000/01/rdf-schema#label> ?l }""");
        assertEquals("no", ScanCheck.describe(prose), "comments are not code");
    }
}
