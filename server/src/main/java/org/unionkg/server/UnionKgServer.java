package org.unionkg.server;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.StringJoiner;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.FusekiVocab;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.text.assembler.TextVocab;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.assembler.AssemblerUtils;
import org.apache.jena.tdb2.assembler.VocabTDB2;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.RDF;
import org.unionkg.store.TextIndexDefinition;

/**
 * The unionkg SPARQL server: Fuseki Main configured by a Fuseki configuration file
 * ({@code fuseki-config/config.ttl}), serving the given TDB2 store, with the read-only Fuseki UI
 * and unionkg's own modules ({@link UnionKgModules}).
 * <pre>
 * FusekiServer server = UnionKgServer.start(new ServerSettings(db, 3330, config, true, null));
 * System.out.println(UnionKgServer.describe(server));
 * ...
 * server.stop();
 * </pre>
 */
public final class UnionKgServer {

    private UnionKgServer() {}

    /** Build and start the server. The caller stops it ({@code server.stop()}). */
    public static FusekiServer start(ServerSettings s) {
        return builder(s).build().start();
    }

    /** The configured builder, for callers that add to it before {@code build()}. */
    public static FusekiServer.Builder builder(ServerSettings s) {
        if (!Files.isDirectory(s.db()))
            throw new IllegalArgumentException("no TDB2 store at " + s.db() + " (load one first)");
        Model config = readConfig(s);

        FusekiServer.Builder builder = FusekiServer.create()
            .parseConfig(config)
            .port(s.port())
            .loopback(s.loopbackOnly())
            // Cross-origin queries from browsers, and nothing more (see ReadOnlyCors).
            .addFilter("/*", new ReadOnlyCors())
            .fusekiModules(UnionKgModules.create());
        if (s.passwordFile() != null)
            builder.passwordFile(s.passwordFile().toAbsolutePath().toString());
        requireServicesBuilt(builder, config);
        return builder;
    }

    /**
     * Read the configuration, point its single TDB2 store at {@code s.db()} and its text index (if it has one)
     * at the store's {@code text-index} folder, and check that endpoints
     * restricted to named users have a password file to check them against.
     */
    static Model readConfig(ServerSettings s) {
        if (!Files.isReadable(s.config()))
            throw new IllegalArgumentException("cannot read the Fuseki configuration " + s.config());
        // Touching AssemblerUtils before Jena has initialised fails in its static initialiser (an init cycle);
        // a process whose first Jena call is this one (the serve command) must initialise Jena first.
        JenaSystem.init();
        Model config = AssemblerUtils.readAssemblerFile(s.config().toString());

        List<Statement> locations = config.listStatements(null, VocabTDB2.pLocation, (Resource) null).toList();
        if (locations.size() != 1)
            throw new IllegalArgumentException(s.config() + ": expected one tdb2:location, found " + locations.size());
        Statement location = locations.get(0);
        config.remove(location);
        config.add(location.getSubject(), VocabTDB2.pLocation, s.db().toAbsolutePath().toString());

        // The Lucene index lives in the store folder (as GraphStore keeps it), so it moves with the store.
        List<Statement> textDirs = config.listStatements(null, TextVocab.pDirectory, (RDFNode) null).toList();
        if (textDirs.size() > 1)
            throw new IllegalArgumentException(s.config() + ": expected at most one text:directory, found " + textDirs.size());
        for (Statement dir : textDirs) {
            config.remove(dir);
            Path folder = TextIndexDefinition.folder(s.db().toAbsolutePath());
            config.add(dir.getSubject(), TextVocab.pDirectory, config.createResource(folder.toUri().toString()));
        }

        boolean restricted = config.contains(null, FusekiVocab.pAllowedUsers);
        boolean passwordInConfig = config.contains(null, FusekiVocab.pPasswordFile);
        if (restricted && s.passwordFile() == null && !passwordInConfig)
            throw new IllegalArgumentException(s.config() + " restricts endpoints to named users (fuseki:allowedUsers)"
                                               + " but no password file was given");
        if (s.passwordFile() != null && !Files.isReadable(s.passwordFile()))
            throw new IllegalArgumentException("cannot read the password file " + s.passwordFile());
        return config;
    }

    /**
     * Fuseki logs a service it cannot build (a dataset description it cannot assemble) and carries on
     * without it. A server that starts without its dataset is worse than one that does not start.
     */
    private static void requireServicesBuilt(FusekiServer.Builder builder, Model config) {
        config.listSubjectsWithProperty(RDF.type, FusekiVocab.fusekiService).forEach(service -> {
            String name = service.getRequiredProperty(FusekiVocab.pServiceName).getString();
            if (builder.getDataset(DataAccessPoint.canonical(name)) == null)
                throw new IllegalStateException("service /" + name + " failed to start; see the log above");
        });
    }

    /**
     * Stops the server and releases its stores: closes each dataset (the text index's Lucene lock, the TDB2
     * connection), so the same folders can be opened again in this JVM, e.g. to load more pages.
     */
    public static void stopAndRelease(FusekiServer server) {
        // the registry is gone once the server has stopped: take the datasets first
        List<DatasetGraph> stores = new java.util.ArrayList<>();
        server.getDataAccessPointRegistry().forEach((name, dap) -> stores.add(dap.getDataService().getDataset()));
        server.stop();
        stores.forEach(DatasetGraph::close);
    }

    /**
     * What to print once the server runs: the UI, each dataset's endpoints by operation, and a
     * query to try, e.g.
     * <pre>
     * Fuseki UI  http://localhost:3330/
     * Explorer   http://localhost:3330/explore/
     * Queries    http://localhost:3330/queries/
     * Dataset    /unionkg
     *   Graph Store Protocol (Read)  http://localhost:3330/unionkg  http://localhost:3330/unionkg/get
     *   SPARQL Query                 http://localhost:3330/unionkg/query  http://localhost:3330/unionkg/sparql
     * Try        curl -G http://localhost:3330/unionkg/query --data-urlencode 'query=...'
     * </pre>
     */
    public static String describe(FusekiServer server) {
        StringJoiner out = new StringJoiner("\n");
        out.add("Fuseki UI  " + server.serverURL());
        // unionkg's own pages (FMod_Explorer, FMod_CannedQueries); serverURL() ends with "/"
        out.add("Explorer   " + server.serverURL() + "explore/");
        out.add("Queries    " + server.serverURL() + "queries/");
        String example = null;
        for (String name : server.getDataAccessPointRegistry().keys().stream().sorted().toList()) {
            DataService service = server.getDataAccessPointRegistry().get(name).getDataService();
            String ds = server.datasetURL(name);
            out.add("Dataset    " + name);
            List<Operation> ops = service.getOperations().stream()
                .sorted(Comparator.comparing(Operation::getDescription)).toList();
            for (Operation op : ops) {
                StringJoiner urls = new StringJoiner("  ");
                for (Endpoint ep : sortedByName(service.getEndpoints(op))) {
                    urls.add(ep.getName().isEmpty() ? ds : ds + "/" + ep.getName());
                    if (example == null && op == Operation.Query && !ep.getName().isEmpty())
                        example = ds + "/" + ep.getName();
                }
                boolean login = service.getEndpoints(op).stream().anyMatch(ep -> ep.getAuthPolicy() != null);
                out.add(String.format("  %-28s %s%s", op.getDescription(), urls, login ? "  (login required)" : ""));
            }
        }
        if (example != null)
            out.add("Try        curl -G " + example + " --data-urlencode"
                    + " 'query=SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g LIMIT 10'");
        return out.toString();
    }

    private static List<Endpoint> sortedByName(List<Endpoint> endpoints) {
        return endpoints.stream().sorted(Comparator.comparing(Endpoint::getName)).toList();
    }
}
