package org.unionkg.store;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

import java.util.ArrayList;
import java.util.List;

/** Test helper: runs a text:query SELECT and returns the values of one variable, one per row (duplicates kept). */
final class TextSearch {
    static final String PREFIXES = """
            PREFIX text:   <http://jena.apache.org/text#>
            PREFIX rdfs:   <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos:   <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <https://schema.org/>
            """;

    private TextSearch() {}

    /** Rows of {@code ?s} for {@code ?s text:query (<args>)}, e.g. {@code args = "schema:headline \"工会\""}. */
    static List<String> subjects(DatasetGraph dsg, String args) {
        return column(dsg, "SELECT ?s { ?s text:query (" + args + ") }", "s");
    }

    static List<String> column(DatasetGraph dsg, String select, String var) {
        return Txn.calculateRead(dsg, () -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(PREFIXES + select).build()) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    var n = row.get(var);
                    out.add(n == null ? null : n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                }
            }
            return out;
        });
    }
}
