package org.unionkg.server.limits;

import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.WebContent;

/**
 * Puts {@link LimitedQuery} in place of Fuseki's SPARQL query handler, so that every
 * {@code fuseki:query} endpoint of the configuration refuses answers over the {@link ResultLimit}.
 * The handler is registered for the operation, not for a path: {@code /unionkg/query},
 * {@code /unionkg/sparql} and a query sent to the dataset URL all get it.
 */
public final class FMod_ResultLimit implements FusekiModule {

    @Override
    public String name() {
        return "unionkg result limit";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        // Same content type as Fuseki's own registration: a POSTed application/sparql-query body on the
        // dataset URL is dispatched to the query operation.
        builder.registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery, new LimitedQuery());
    }
}
