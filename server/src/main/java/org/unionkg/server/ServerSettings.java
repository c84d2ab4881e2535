package org.unionkg.server;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to run the unionkg server.
 *
 * @param db           the TDB2 store to serve; it replaces the {@code tdb2:location} of the config file.
 *                     It must already exist (the loader makes it): a mistyped path fails instead of
 *                     publishing a new, empty store
 * @param port         HTTP port; 0 picks a free port (see {@code FusekiServer.getPort()} after start)
 * @param config       a Fuseki configuration file, normally {@code fuseki-config/config.ttl}
 * @param loopbackOnly listen on localhost only
 * @param passwordFile a Jetty realm file ({@code user: password} lines) for endpoints restricted with
 *                     {@code fuseki:allowedUsers}, or null when there are none
 */
public record ServerSettings(Path db, int port, Path config, boolean loopbackOnly, Path passwordFile) {

    public ServerSettings {
        Objects.requireNonNull(db, "db");
        Objects.requireNonNull(config, "config");
        if (port < 0 || port > 65535)
            throw new IllegalArgumentException("port out of range: " + port);
    }

    /** Read-only settings: no password file. */
    public static ServerSettings readOnly(Path db, int port, Path config, boolean loopbackOnly) {
        return new ServerSettings(db, port, config, loopbackOnly, null);
    }
}
