package org.unionkg.server.ld;

import java.util.Set;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModule;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.rdf.model.Model;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Linked data from the same Fuseki server: resource IRIs dereference with content negotiation, and the
 * dataset describes itself.
 * <pre>
 * /id/{kind}/{slug}          303 See Other → /doc/{kind}/{slug}.{ttl|jsonld|rdf|nt|html}  (Vary: Accept)
 * /doc/{kind}/{slug}.{ext}   the description (ResourceDescriber) in that format; without .ext, negotiated
 * /context.jsonld            the JSON-LD context the JSON-LD answers name
 * /.well-known/void, /void   VoID + DCAT (VoidDescription)
 * /dump/unionkg.{nq|trig|ttl}[.gz]   the whole store
 * </pre>
 * The dataset comes from the server's registry per request; which one, and the IRI namespace mapped to
 * {@code /id/}, from {@link LinkedDataSettings} ({@code -Dunionkg.ld.base}, {@code -Dunionkg.ld.dataset}).
 */
public final class FMod_LinkedData implements FusekiModule {

    static final String RESOURCE_PATH = "/id/";
    static final String DOCUMENT_PATH = "/doc/";
    static final String CONTEXT_PATH = "/context.jsonld";
    static final String VOID_PATH = "/.well-known/void";
    static final String DUMP_PATH = "/dump/";

    private static final Logger LOG = LoggerFactory.getLogger(FMod_LinkedData.class);

    private final LinkedDataSettings settings;

    /** Settings from the system properties. */
    public FMod_LinkedData() {
        this(LinkedDataSettings.fromSystemProperties());
    }

    public FMod_LinkedData(LinkedDataSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return "unionkg linked data";
    }

    @Override
    public void prepare(FusekiServer.Builder builder, Set<String> datasetNames, Model configModel) {
        String wanted = DataAccessPoint.canonical(settings.dataset());
        LinkedDataSettings s = settings;
        if (!datasetNames.contains(wanted)) {
            if (datasetNames.size() != 1) {
                LOG.warn("no dataset {} to publish as linked data (datasets: {}); /id/ is not served", wanted, datasetNames);
                return;
            }
            s = new LinkedDataSettings(settings.iriBase(), datasetNames.iterator().next());
        }
        JsonLdContext context = JsonLdContext.standard();
        builder.addServlet(RESOURCE_PATH + "*", new ResourceServlet(s, context, ResourceServlet.Role.RESOURCE))
               .addServlet(DOCUMENT_PATH + "*", new ResourceServlet(s, context, ResourceServlet.Role.DOCUMENT))
               .addServlet(CONTEXT_PATH, new ContextServlet(context))
               .addServlet(VOID_PATH, new VoidServlet(s, context))
               .addServlet("/void", new VoidServlet(s, context))
               .addServlet(DUMP_PATH + "*", new DumpServlet(s));
    }
}
