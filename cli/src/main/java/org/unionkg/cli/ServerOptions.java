package org.unionkg.cli;

import org.apache.jena.fuseki.main.FusekiServer;
import org.unionkg.server.ServerSettings;
import org.unionkg.server.UnionKgServer;
import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The options of the commands that start the server. */
final class ServerOptions {
    @Option(names = "--port", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Fuseki configuration (default: fuseki-config/config.ttl in the project)")
    Path config;

    @Option(names = "--public", description = "listen on every network interface, not only localhost")
    boolean everyInterface;

    @Option(names = "--passwords", paramLabel = "FILE",
            description = "password file (lines 'user: password') for endpoints the config restricts to named users")
    Path passwords;

    FusekiServer start(Path db) {
        Path cfg = config != null ? config : ProjectPaths.underRoot("fuseki-config/config.ttl");
        return UnionKgServer.start(new ServerSettings(db, port, cfg, !everyInterface, passwords));
    }
}
