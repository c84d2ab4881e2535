package org.unionkg.cli;

import org.apache.jena.fuseki.main.FusekiServer;
import org.unionkg.server.UnionKgServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.nio.file.Files;
import java.util.concurrent.Callable;

/** {@code unionkg serve [--db DIR] [--port 3030] [--config fuseki-config/config.ttl]}: Fuseki on the store, read-only. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the store with Fuseki at /unionkg (SPARQL query and Graph Store read only) and the Fuseki UI.")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Mixin
    ServerOptions server;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(store.location())) {
            throw new IllegalArgumentException("no store at " + store.location() + "; load pages first: ./unionkg load seeds");
        }
        FusekiServer fuseki = server.start(store.location());
        spec.commandLine().getOut().println(UnionKgServer.describe(fuseki));
        spec.commandLine().getOut().flush();
        fuseki.join();
        return ExitCodes.OK;
    }
}
