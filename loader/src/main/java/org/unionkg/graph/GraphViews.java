package org.unionkg.graph;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecBuilder;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.unionkg.query.CannedQuery;
import org.unionkg.query.QueryFolder;
import org.unionkg.rdf.UKG;
import org.unionkg.resources.ClasspathFolder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/**
 * Graph views: CONSTRUCT queries whose result is read as a graph to draw. The named views are the {@code .rq}
 * files of {@code queries/views/} (on the classpath under {@code org/unionkg/queries/views/}), with the same
 * header as the canned queries ({@code # title:}, {@code # question:}).
 *
 * <p>How a CONSTRUCT result becomes a {@link GraphView}:
 * <ul>
 * <li>{@code rdf:type} gives a node's type (a {@code ukg:} class first, else the first class by name);</li>
 * <li>{@code rdfs:label} its label (the {@code @zh} one first);</li>
 * <li>any other triple whose object is a literal is an attribute named by the predicate's local name
 *     ({@code ukg:date "2025-09-18"} → {@code date}); several values are joined with {@code "; "};</li>
 * <li>any other triple whose object is a resource is an edge, and both ends are nodes.</li>
 * </ul>
 * So a view chooses what is drawn: it constructs labels as literals where an attribute is wanted
 * ({@code ?union ukg:level ?levelLabel}) and resources where an edge is.
 */
public final class GraphViews {
    private static final QueryFolder FOLDER =
            new QueryFolder(new ClasspathFolder("org/unionkg/queries/views/"), "graph view");

    /** The view drawn when none is named. */
    public static final String DEFAULT_VIEW = "union-tree";

    private GraphViews() {}

    /** Names of the shipped views, sorted. */
    public static List<String> names() {
        return FOLDER.names();
    }

    /** A shipped view by name ({@code union-tree}), or a CONSTRUCT query file ({@code my-view.rq}). */
    public static CannedQuery resolve(String nameOrPath) {
        return FOLDER.resolve(nameOrPath);
    }

    /** A CONSTRUCT given as text (from an HTTP request), named {@code name}. */
    public static CannedQuery ofText(String name, String sparql) {
        return CannedQuery.parse(name, sparql);
    }

    /**
     * Runs the view's CONSTRUCT on {@code dsg} inside a read transaction, stopping it after {@code timeoutMillis}
     * (0: no limit), and reads the result as a graph.
     */
    public static GraphView build(DatasetGraph dsg, CannedQuery view, long timeoutMillis) {
        Query q;
        try {
            q = QueryFactory.create(view.sparql());
        } catch (QueryParseException e) {
            throw new IllegalArgumentException(view.name() + ": not valid SPARQL: " + e.getMessage(), e);
        }
        if (!q.isConstructType()) {
            throw new IllegalArgumentException(view.name() + ": a graph view must be a CONSTRUCT query");
        }
        Graph result = Txn.calculateRead(dsg, () -> {
            QueryExecBuilder b = QueryExec.dataset(dsg).query(q);
            if (timeoutMillis > 0) {
                b.timeout(timeoutMillis, TimeUnit.MILLISECONDS);
            }
            try (QueryExec exec = b.build()) {
                return exec.construct();
            }
        });
        return fromRdf(view.name(), result, q.getPrefixMapping());
    }

    /** Reads an RDF graph as nodes and edges (see the class comment); prefixed names come from {@code prefixes}. */
    public static GraphView fromRdf(String name, Graph g, PrefixMapping prefixes) {
        Map<Node, Set<Node>> types = new TreeMap<>(BY_TERM);
        Map<Node, List<Node>> labels = new TreeMap<>(BY_TERM);
        Map<Node, Map<String, Set<String>>> attributes = new TreeMap<>(BY_TERM);
        Set<Node> nodes = new TreeSet<>(BY_TERM);
        List<Triple> edges = new ArrayList<>();
        g.find().forEachRemaining(t -> {
            Node s = t.getSubject();
            Node p = t.getPredicate();
            Node o = t.getObject();
            nodes.add(s);
            if (p.equals(RDF.type.asNode())) {
                types.computeIfAbsent(s, k -> new TreeSet<>(BY_TERM)).add(o);
            } else if (p.equals(RDFS.label.asNode()) && o.isLiteral()) {
                labels.computeIfAbsent(s, k -> new ArrayList<>()).add(o);
            } else if (o.isLiteral()) {
                attributes.computeIfAbsent(s, k -> new TreeMap<>())
                        .computeIfAbsent(localName(p), k -> new TreeSet<>()).add(o.getLiteralLexicalForm());
            } else {
                nodes.add(o);
                edges.add(t);
            }
        });
        List<GraphNode> out = new ArrayList<>();
        for (Node n : nodes) {
            Map<String, String> attrs = new TreeMap<>();
            attributes.getOrDefault(n, Map.of()).forEach((k, v) -> attrs.put(k, String.join("; ", v)));
            out.add(new GraphNode(id(n), label(n, labels.getOrDefault(n, List.of())),
                    type(types.getOrDefault(n, Set.of()), prefixes), attrs));
        }
        edges.sort(Comparator.comparing((Triple t) -> id(t.getSubject()))
                .thenComparing(t -> prefixes.shortForm(t.getPredicate().getURI()))
                .thenComparing(t -> id(t.getObject())));
        List<GraphEdge> outEdges = new ArrayList<>();
        for (Triple t : edges) {
            outEdges.add(new GraphEdge("e" + outEdges.size(), id(t.getSubject()), id(t.getObject()),
                    prefixes.shortForm(t.getPredicate().getURI())));
        }
        return new GraphView(name, out, outEdges);
    }

    private static final Comparator<Node> BY_TERM = Comparator.comparing(GraphViews::id);

    private static String id(Node n) {
        if (n.isURI()) {
            return n.getURI();
        }
        if (n.isBlank()) {
            return "_:" + n.getBlankNodeLabel();
        }
        return n.toString();
    }

    private static String label(Node n, List<Node> labels) {
        return labels.stream()
                .sorted(Comparator.comparing((Node l) -> l.getLiteralLanguage().startsWith("zh") ? 0
                                : l.getLiteralLanguage().isEmpty() ? 1 : 2)
                        .thenComparing(Node::getLiteralLexicalForm))
                .map(Node::getLiteralLexicalForm)
                .findFirst()
                .orElseGet(() -> lastSegment(id(n)));
    }

    private static String type(Set<Node> classes, PrefixMapping prefixes) {
        return classes.stream()
                .filter(Node::isURI)
                .min(Comparator.comparing((Node c) -> c.getURI().startsWith(UKG.NS) ? 0 : 1).thenComparing(Node::getURI))
                .map(c -> prefixes.shortForm(c.getURI()))
                .orElse("");
    }

    private static String localName(Node p) {
        return lastSegment(p.getURI());
    }

    private static String lastSegment(String iri) {
        int cut = Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/'));
        return cut >= 0 && cut < iri.length() - 1 ? iri.substring(cut + 1) : iri;
    }
}
