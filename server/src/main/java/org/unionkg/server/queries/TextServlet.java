package org.unionkg.server.queries;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.unionkg.query.CannedQuery;
import org.unionkg.query.QueryParam;
import org.unionkg.query.QueryRunner;
import org.unionkg.server.web.FixedFilesServlet;

/**
 * {@code GET /queries/text?name=articles-by-journalist&journalist=边磊}: the canned query's text with every
 * parameter bound, as plain text: what the page's "Open in the Fuseki UI" link hands to the UI.
 * <p>
 * Why bound: a canned query opened with its parameters free asks for every value at once (an unbound
 * {@code BIND(STRLANG(?journalist, "zh"))} matches every label), which on a large store is slow and answers
 * nothing the user asked. Each parameter is bound to the value given, or, when none or a blank one is given,
 * to the example its header declares ({@code e.g. 刘欣欣}, {@link QueryParam#example()}).
 * <p>
 * A value becomes an RDF term of the parameter's type ({@link QueryParam#toNode}) and replaces the variable in
 * the query's syntax tree ({@code QueryTransformOps.replaceVars}: as {@link QueryRunner}'s substitution when the
 * page runs the query, and without adding the parameter as a result column, so the UI shows the page's columns);
 * the text is then written by Jena's serialiser, so a value is escaped as a literal and cannot become SPARQL.
 * 400 for a parameter the query does not declare or a value of the wrong type, 404 for an unknown query.
 */
final class TextServlet extends HttpServlet {

    private final transient Catalogue catalogue;

    TextServlet(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        FixedFilesServlet.secure(resp, QueriesPage.CONTENT_SECURITY_POLICY);
        String name = req.getParameter(Catalogue.NAME);
        Optional<CannedQuery> query = catalogue.get(name);
        if (query.isEmpty()) {
            problem(resp, HttpServletResponse.SC_NOT_FOUND, "no canned query named '" + name + "'");
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> e : req.getParameterMap().entrySet()) {
            if (!e.getKey().equals(Catalogue.NAME))
                values.put(e.getKey(), e.getValue()[0]);
        }
        String text;
        try {
            text = boundText(query.get(), values);
        } catch (IllegalArgumentException e) {
            problem(resp, HttpServletResponse.SC_BAD_REQUEST, e.getMessage());
            return;
        }
        resp.setContentType("text/plain; charset=utf-8");          // shown as text if opened on its own
        resp.setHeader("Cache-Control", "no-cache");
        resp.getOutputStream().write(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The query's text with each declared parameter bound to its value in {@code values}, or to its declared
     * example when the value is missing or blank (an optional one left blank stays free, and the header says so);
     * a parameter with neither stays a variable (and the header
     * says so). The text starts with comment lines naming the query and each binding.
     *
     * @throws IllegalArgumentException for a name the query does not declare or a value of the wrong type
     */
    static String boundText(CannedQuery query, Map<String, String> values) {
        Map<String, String> chosen = new LinkedHashMap<>();
        for (String given : values.keySet())
            if (query.param(given).isEmpty())
                QueryRunner.bindings(query, Map.of(given, values.get(given)));   // throws, naming the parameters
        StringBuilder header = new StringBuilder("# ").append(oneLine(query.title()))
            .append(" (").append(query.name()).append(".rq, from the unionkg queries page)\n");
        for (QueryParam p : query.params()) {
            String v = values.get(p.name());
            boolean given = v != null && !v.isBlank();
            if (!given && p.optional()) {
                header.append("# parameter ").append(p.name()).append(" is free (optional): the query answers for every ")
                      .append(p.name()).append('\n');
                continue;
            }
            Optional<String> value = given ? Optional.of(v) : p.example();
            value.ifPresent(x -> chosen.put(p.name(), x));
            if (value.isEmpty())
                header.append("# parameter ").append(p.name()).append(" is not bound: bind ?").append(p.name()).append(" before running (")
                      .append(oneLine(p.description())).append(")\n");
        }
        Map<String, Node> bindings = QueryRunner.bindings(query, chosen);
        Map<Var, Node> vars = new LinkedHashMap<>();
        bindings.forEach((n, node) -> {
            vars.put(Var.alloc(n), node);
            header.append("# parameter ").append(n).append(" = ").append(NodeFmtLib.strNT(node))
                  .append(values.get(n) == null || values.get(n).isBlank() ? " (the example the query declares)" : "")
                  .append('\n');
        });
        Query bound = QueryTransformOps.replaceVars(QueryFactory.create(query.sparql()), vars);
        return header + QueryRunner.withoutConstantSortKeys(bound).serialize();
    }

    /** Text for a comment line: line breaks (which would end the comment) become spaces. */
    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\u0085\\u2028\\u2029]+", " ");
    }

    private static void problem(HttpServletResponse resp, int status, String message) throws IOException {
        resp.setStatus(status);
        resp.setContentType("text/plain; charset=utf-8");
        resp.getWriter().println(message);
    }
}
