package org.unionkg.server.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.RowSetRewindable;
import org.apache.jena.sparql.sse.SSE;
import org.junit.jupiter.api.Test;
import org.unionkg.query.CannedQueries;
import org.unionkg.query.CannedQuery;
import org.unionkg.query.QueryRunner;
import org.unionkg.server.limits.ResultLimit;

/** The row cap put on a canned query before it runs, and the catalogue's rules. */
class RunServletTest {

    @Test
    void aQueryWithoutLimitRunsWithOneRowPastTheServersLimitAndKeepsItsParameters() {
        CannedQuery q = CannedQueries.resolve("articles-by-journalist");
        CannedQuery capped = RunServlet.capped(q, new ResultLimit(3));
        Query parsed = QueryFactory.create(capped.sparql());
        assertEquals(4, parsed.getLimit());
        assertEquals(q.params(), capped.params());
        assertEquals(QueryFactory.create(q.sparql()).getProjectVars(), parsed.getProjectVars());

        // five matching rows, the limit 3: four come back, so the servlet can tell "more than 3"
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        for (int i = 1; i <= 5; i++)
            dsg.add(SSE.parseQuad("(<urn:g> <urn:a" + i + "> <http://www.w3.org/2000/01/rdf-schema#label> 'x')"));
        CannedQuery labels = new CannedQuery("labels", "labels", "", List.of(),
            "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> SELECT ?s { GRAPH ?g { ?s rdfs:label ?l } }");
        RowSetRewindable rows = new QueryRunner(dsg, 0).select(RunServlet.capped(labels, new ResultLimit(3)), Map.of());
        assertEquals(4, rows.size());
    }

    @Test
    void aLowerLimitOfTheQueryOrNoServerLimitLeavesTheQueryAsItIs() {
        CannedQuery limited = new CannedQuery("x", "x", "", List.of(), "SELECT ?s { ?s ?p ?o } LIMIT 2");
        assertSame(limited, RunServlet.capped(limited, new ResultLimit(10)));
        CannedQuery q = CannedQueries.resolve("journalists");
        assertSame(q, RunServlet.capped(q, new ResultLimit(0)));
        CannedQuery higher = new CannedQuery("y", "y", "", List.of(), "SELECT ?s { ?s ?p ?o } LIMIT 50");
        assertEquals(11, QueryFactory.create(RunServlet.capped(higher, new ResultLimit(10)).sparql()).getLimit());
    }

    @Test
    void noCannedQueryMayDeclareTheParameterThatNamesTheQuery() {
        CannedQuery clash = CannedQuery.parse("clash", "# param: name string  a name\nSELECT * { ?s ?p ?name }");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> Catalogue.of(List.of(clash), "/unionkg"));
        assertTrue(e.getMessage().contains("clash"), e.getMessage());
        Catalogue.of(CannedQueries.all(), "/unionkg");     // the shipped ones do not
    }
}
