package org.unionkg.server.ld;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.vocabulary.FOAF;

/**
 * Dereferencing, in the 303 pattern of Pubby and DBpedia (W3C "Cool URIs", section 4.3):
 * <ul>
 * <li>{@code GET /id/org/x} (the resource, standing for {@code <https://w3id.org/unionkg/id/org/x>}) answers
 *     {@code 303 See Other} to the document in the format asked for, {@code /doc/org/x.ttl}, {@code .jsonld},
 *     {@code .rdf}, {@code .nt} or {@code .html}, with {@code Vary: Accept};</li>
 * <li>{@code GET /doc/org/x.ttl} answers 200 with the description in that format, whatever the
 *     {@code Accept} header; {@code GET /doc/org/x} negotiates and names the file it chose in
 *     {@code Content-Location};</li>
 * <li>{@code ?format=ttl|jsonld|rdf|nt|html} overrides {@code Accept} for clients that cannot set headers;</li>
 * <li>404 for an IRI the store does not know, 406 when nothing acceptable can be served.</li>
 * </ul>
 * The document is about the resource ({@code <doc> foaf:primaryTopic <resource>}); it is not the resource.
 */
final class ResourceServlet extends HttpServlet {

    enum Role { RESOURCE, DOCUMENT }

    private final LinkedDataSettings settings;
    private final JsonLdContext context;
    private final Role role;

    ResourceServlet(LinkedDataSettings settings, JsonLdContext context, Role role) {
        this.settings = settings;
        this.context = context;
        this.role = role;
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String path = req.getPathInfo();
        String local = path == null || path.length() < 2 ? null : path.substring(1);
        if (role == Role.RESOURCE)
            redirect(req, resp, local);
        else
            document(req, resp, local);
    }

    private void redirect(HttpServletRequest req, HttpServletResponse resp, String local) throws IOException {
        Optional<Node> iri = settings.iriOf(local);
        if (iri.isEmpty() || !describer(req).exists(iri.get())) {
            Representation.error(resp, HttpServletResponse.SC_NOT_FOUND, "Not found: no resource " + settings.iriBase() + local, false);
            return;
        }
        Optional<RdfFormat> format = choose(req, resp);
        if (format.isEmpty())
            return;
        resp.setStatus(HttpServletResponse.SC_SEE_OTHER);
        resp.setHeader("Location", documentUrl(req, local, format.get()));
        resp.addHeader("Vary", "Accept");   // add: the CORS filter already varies on Origin
    }

    private void document(HttpServletRequest req, HttpServletResponse resp, String local) throws IOException {
        if (local == null) {
            Representation.error(resp, HttpServletResponse.SC_NOT_FOUND, "Not found", false);
            return;
        }
        Optional<RdfFormat> byExtension = Optional.empty();
        int dot = local.lastIndexOf('.');
        if (dot > local.lastIndexOf('/')) {
            byExtension = RdfFormat.byExtension(local.substring(dot + 1));
            if (byExtension.isPresent())
                local = local.substring(0, dot);
        }
        Optional<Node> iri = settings.iriOf(local);
        Optional<ResourceDescription> description = iri.flatMap(describer(req)::describe);
        if (description.isEmpty()) {
            Representation.error(resp, HttpServletResponse.SC_NOT_FOUND, "Not found: no resource " + settings.iriBase() + local, false);
            return;
        }
        boolean negotiated = byExtension.isEmpty();
        Optional<RdfFormat> format = negotiated ? choose(req, resp) : byExtension;
        if (format.isEmpty())
            return;
        String docUrl = documentUrl(req, local, format.get());
        byte[] body = render(req, description.get(), format.get(), docUrl, local);
        new Representation(body, format.get().contentType(), negotiated, negotiated ? docUrl : null).send(req, resp);
    }

    private byte[] render(HttpServletRequest req, ResourceDescription d, RdfFormat format, String docUrl, String local) {
        if (format == RdfFormat.HTML) {
            List<HtmlPage.Alternate> alternates = RdfFormat.RDF.stream()
                .map(f -> new HtmlPage.Alternate(f, documentUrl(req, local, f))).toList();
            String html = HtmlPage.render(d, links(req), alternates, Served.sparqlEndpoint(req, settings.dataset()));
            return html.getBytes(StandardCharsets.UTF_8);
        }
        d.graph().add(Triple.create(NodeFactory.createURI(docUrl), FOAF.primaryTopic.asNode(), d.resource()));
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        switch (format) {
            case TURTLE -> RDFDataMgr.write(out, d.graph(), RDFFormat.TURTLE_PRETTY);
            case NTRIPLES -> RDFDataMgr.write(out, d.graph(), RDFFormat.NTRIPLES);
            case RDFXML -> RDFDataMgr.write(out, d.graph(), RDFFormat.RDFXML_ABBREV);
            case JSONLD -> context.write(d.graph(), d.resource(), Served.serverBase(req) + FMod_LinkedData.CONTEXT_PATH, out);
            case HTML -> throw new IllegalStateException("handled above");
        }
        return out.toByteArray();
    }

    /** Our resources link to their local {@code /id/} address; other IRIs to themselves. */
    private Function<Node, String> links(HttpServletRequest req) {
        String base = req.getContextPath() + FMod_LinkedData.RESOURCE_PATH;
        return n -> settings.localName(n).map(l -> base + l).orElse(n.isURI() ? n.getURI() : null);
    }

    /** {@code ?format=} if given, else the {@code Accept} header; on failure a 406 is already sent. */
    private Optional<RdfFormat> choose(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String asked = req.getParameter("format");
        Optional<RdfFormat> format = asked != null ? RdfFormat.byExtension(asked)
                                                   : RdfFormat.negotiate(req.getHeader("Accept"), RdfFormat.ALL);
        if (format.isEmpty())
            Representation.error(resp, HttpServletResponse.SC_NOT_ACCEPTABLE,
                "Not Acceptable: " + (asked != null ? "?format=" + asked : "Accept: " + req.getHeader("Accept"))
                + "; available: " + String.join(", ", RdfFormat.ALL.stream().map(f -> f.mediaType() + " (?format=" + f.extension() + ")").toList()),
                asked == null);
        return format;
    }

    private ResourceDescriber describer(HttpServletRequest req) {
        return new ResourceDescriber(Served.dataset(req.getServletContext(), settings.dataset()));
    }

    private static String documentUrl(HttpServletRequest req, String local, RdfFormat format) {
        return Served.serverBase(req) + FMod_LinkedData.DOCUMENT_PATH + local + "." + format.extension();
    }
}
