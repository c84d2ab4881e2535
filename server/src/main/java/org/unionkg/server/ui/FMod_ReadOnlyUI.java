package org.unionkg.server.ui;

import java.net.URL;
import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.rdf.model.Model;

/**
 * The Fuseki UI (the query editor and dataset pages of {@code jena-fuseki-ui}) for a read-only server.
 * <p>
 * Jena's own {@code FMod_UI} needs {@code FMod_Admin}, which also brings {@code /$/datasets}: anyone
 * could then create or delete datasets ({@code POST /$/datasets} works without a login). This module
 * serves the UI without it. The UI's JavaScript needs only three server calls to list datasets and
 * run queries (see {@code fuseki.service.js} in jena-fuseki-ui):
 * <ul>
 * <li>{@code /$/server}: the datasets and their endpoints, from Fuseki's {@link ActionServerStatus};
 *     the query page sends queries to the first endpoint of the dataset's "query" service;</li>
 * <li>{@code /$/ping}: the connection light;</li>
 * <li>{@code /$/stats/{dataset}}: the dataset page's request counts.</li>
 * </ul>
 * The UI's "add data", "edit" and "manage datasets" pages still show, but their requests fail
 * because no write endpoint exists.
 */
public final class FMod_ReadOnlyUI implements FusekiModule {

    /** The jena-fuseki-ui jar keeps the built Vue app under this classpath folder. */
    private static final String UI_RESOURCE = "webapp";

    @Override
    public String name() {
        return "unionkg read-only UI";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        if (builder.staticFileBase() != null)
            throw new IllegalStateException("static content already set to " + builder.staticFileBase()
                                            + "; the UI would not be served");
        builder.staticFileBase(uiLocation())
               .addServlet("/$/server", new ActionServerStatus())
               .enablePing(true)
               .enableStats(true);
    }

    /** {@code jar:file:/.../jena-fuseki-ui-5.6.0.jar!/webapp}, which Jetty serves from the jar. */
    private static String uiLocation() {
        URL url = FMod_ReadOnlyUI.class.getClassLoader().getResource(UI_RESOURCE);
        if (url == null)
            throw new IllegalStateException("the Fuseki UI is not on the classpath (org.apache.jena:jena-fuseki-ui)");
        return url.toExternalForm();
    }
}
