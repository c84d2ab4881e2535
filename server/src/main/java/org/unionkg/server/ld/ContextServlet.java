package org.unionkg.server.ld;

import java.io.IOException;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code GET /context.jsonld}: the JSON-LD context that every JSON-LD answer names. */
final class ContextServlet extends HttpServlet {

    private final Representation context;

    ContextServlet(JsonLdContext context) {
        this.context = new Representation(context.bytes(), RdfFormat.JSONLD.contentType(), false, null);
    }

    @Override
    protected void doHead(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        doGet(req, resp);
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        context.send(req, resp);
    }
}
