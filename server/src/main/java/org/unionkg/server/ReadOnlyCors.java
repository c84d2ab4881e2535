package org.unionkg.server;

import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;

import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;

import org.apache.jena.fuseki.servlets.CrossOriginFilter;

/**
 * Cross-origin access for reading: a page or notebook on any origin may send SPARQL queries
 * (GET, or POST with {@code application/sparql-query} or a form) and read the answers.
 * <p>
 * Fuseki's {@code enableCors(true)} also allows PUT, DELETE and PATCH, the {@code Authorization}
 * header and credentials. None of that is needed to read, and on a server with an authenticated
 * update endpoint it would let any web page reuse a browser's stored login. The settings are the
 * filter's init parameters, fixed here instead of read from a file.
 */
final class ReadOnlyCors extends CrossOriginFilter {

    private static final Map<String, String> SETTINGS = Map.of(
        ALLOWED_ORIGINS_PARAM,   "*",
        ALLOWED_METHODS_PARAM,   "GET,POST,HEAD,OPTIONS",
        ALLOWED_HEADERS_PARAM,   "X-Requested-With,Content-Type,Accept,Origin",
        // Let scripts read the headers a SPARQL client looks at.
        EXPOSED_HEADERS_PARAM,   "Content-Type,Content-Length,Content-Language,Cache-Control,Expires,Last-Modified,Pragma",
        ALLOW_CREDENTIALS_PARAM, "false",
        // Answer preflights here; the endpoints never see them.
        CHAIN_PREFLIGHT_PARAM,   "false");

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(new FilterConfig() {
            @Override public String getFilterName() { return config.getFilterName(); }
            @Override public ServletContext getServletContext() { return config.getServletContext(); }
            @Override public String getInitParameter(String name) { return SETTINGS.get(name); }
            @Override public Enumeration<String> getInitParameterNames() {
                return Collections.enumeration(SETTINGS.keySet());
            }
        });
    }
}
