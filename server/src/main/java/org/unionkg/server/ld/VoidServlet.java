package org.unionkg.server.ld;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.unionkg.store.Dump;

/**
 * {@code GET /.well-known/void} (and {@code /void}): the VoID + DCAT description of the dataset, in
 * Turtle, JSON-LD, RDF/XML or N-Triples by {@code Accept} or {@code ?format=}; computed per request
 * (a few aggregate queries), so it is always the store as served.
 */
final class VoidServlet extends HttpServlet {

    private final LinkedDataSettings settings;
    private final JsonLdContext context;

    VoidServlet(LinkedDataSettings settings, JsonLdContext context) {
        this.settings = settings;
        this.context = context;
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        String asked = req.getParameter("format");
        Optional<RdfFormat> format = asked != null ? RdfFormat.byExtension(asked).filter(RdfFormat.RDF::contains)
                                                   : RdfFormat.negotiate(req.getHeader("Accept"), RdfFormat.RDF);
        if (format.isEmpty()) {
            Representation.error(resp, HttpServletResponse.SC_NOT_ACCEPTABLE, "Not Acceptable; available: "
                + String.join(", ", RdfFormat.RDF.stream().map(RdfFormat::mediaType).toList()), asked == null);
            return;
        }
        String base = Served.serverBase(req);
        String dataset = base + FMod_LinkedData.VOID_PATH + "#dataset";
        List<VoidDescription.Dump> dumps = List.of(
            new VoidDescription.Dump(base + DumpServlet.url(Dump.Format.NQ, true), Dump.Format.NQ.mediaType(), true),
            new VoidDescription.Dump(base + DumpServlet.url(Dump.Format.TRIG, false), Dump.Format.TRIG.mediaType(), false));
        VoidDescription description = new VoidDescription(dataset, settings.iriBase(),
                                                           Served.sparqlEndpoint(req, settings.dataset()), dumps);
        Graph g = description.describe(Served.dataset(req.getServletContext(), settings.dataset()));
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        switch (format.get()) {
            case TURTLE -> RDFDataMgr.write(out, g, RDFFormat.TURTLE_PRETTY);
            case NTRIPLES -> RDFDataMgr.write(out, g, RDFFormat.NTRIPLES);
            case RDFXML -> RDFDataMgr.write(out, g, RDFFormat.RDFXML_ABBREV);
            case JSONLD -> context.write(g, NodeFactory.createURI(dataset), base + FMod_LinkedData.CONTEXT_PATH, out);
            case HTML -> throw new IllegalStateException("not offered");
        }
        new Representation(out.toByteArray(), format.get().contentType(), asked == null, null).send(req, resp);
    }
}
