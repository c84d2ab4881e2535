package org.unionkg.server.ld;

import java.util.Optional;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Where resource IRIs live and which dataset describes them.
 * <p>
 * A request for {@code /id/org/x} stands for the IRI {@code iriBase + "org/x"}. The default base is the
 * published namespace {@code https://w3id.org/unionkg/id/}, so a local server at
 * {@code http://localhost:3030/id/...} answers for the real IRIs, and a deployment behind the real domain
 * (w3id.org redirecting to it) serves the same paths. Set {@code -Dunionkg.ld.base=...} to publish
 * another namespace.
 *
 * @param iriBase the namespace mapped to {@code /id/}; ends with {@code /}
 * @param dataset the Fuseki dataset that holds the graph, e.g. {@code /unionkg}
 */
public record LinkedDataSettings(String iriBase, String dataset) {

    public static final String DEFAULT_BASE = "https://w3id.org/unionkg/id/";
    public static final String DEFAULT_DATASET = "/unionkg";
    public static final String BASE_PROPERTY = "unionkg.ld.base";
    public static final String DATASET_PROPERTY = "unionkg.ld.dataset";

    /**
     * Local names as we mint them: ASCII slug segments joined by {@code /}, none starting with a dot (so no
     * {@code ..}); anything else cannot name one of our resources.
     */
    private static final String SEGMENT = "[A-Za-z0-9_~\\-][A-Za-z0-9._~\\-]*";
    private static final Pattern LOCAL_NAME = Pattern.compile(SEGMENT + "(/" + SEGMENT + ")*");

    public LinkedDataSettings {
        if (!iriBase.endsWith("/"))
            throw new IllegalArgumentException("the linked-data IRI base must end with '/': " + iriBase);
        if (!dataset.startsWith("/"))
            dataset = "/" + dataset;
    }

    /** From the system properties {@value #BASE_PROPERTY} and {@value #DATASET_PROPERTY}, else the defaults. */
    public static LinkedDataSettings fromSystemProperties() {
        return new LinkedDataSettings(System.getProperty(BASE_PROPERTY, DEFAULT_BASE),
                                      System.getProperty(DATASET_PROPERTY, DEFAULT_DATASET));
    }

    /** The IRI a request path under {@code /id/} stands for, if the path can name one of our resources. */
    public Optional<Node> iriOf(String localName) {
        if (localName == null || !LOCAL_NAME.matcher(localName).matches())
            return Optional.empty();
        return Optional.of(NodeFactory.createURI(iriBase + localName));
    }

    /** The local name of an IRI in our namespace ({@code org/x}), or empty for anyone else's IRI. */
    public Optional<String> localName(Node iri) {
        if (!iri.isURI() || !iri.getURI().startsWith(iriBase))
            return Optional.empty();
        String local = iri.getURI().substring(iriBase.length());
        return LOCAL_NAME.matcher(local).matches() ? Optional.of(local) : Optional.empty();
    }
}
