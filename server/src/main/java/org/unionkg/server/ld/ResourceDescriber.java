package org.unionkg.server.ld;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.unionkg.rdf.FactsToRdf;
import org.unionkg.rdf.Prefixes;
import org.unionkg.rdf.UKG;

/**
 * The description of one resource, read from the store in one read transaction.
 * <p>
 * Jena's DESCRIBE gives only the outgoing triples (and their blank-node closure). A page about a union
 * must also say who belongs to it and what happened there, and where each statement comes from. So the
 * description holds:
 * <ol>
 * <li>the resource's own triples, with the blank nodes they lead to (participations, head counts);</li>
 * <li>incoming links: {@code ?s ?p <x>} (a child union's {@code org:subOrganizationOf}, an event's
 *     {@code sem:hasPlace}, an article's {@code schema:mentions}), at most {@link #MAX_INCOMING};</li>
 * <li>the qualified nodes on either side, in full: a post ({@code org:Membership}), an honour award,
 *     an event, a mention, a byline credit; they carry the role text, the date and the evidence sentence;</li>
 * <li>the labels ({@code rdfs:label}, {@code skos:prefLabel}, {@code schema:name}, {@code schema:headline})
 *     of every other IRI in it, types included (the labels of its properties are kept apart, for the
 *     HTML page: {@link ResourceDescription#vocabulary()});</li>
 * <li>which articles say so: {@code <n> schema:subjectOf <article>} for the resource and each qualified
 *     node, from the named graphs ({@code GRAPH ?g { <n> ?p ?o }}) that are articles. Events already
 *     carry this link in the data; the describer gives it to everything else the same way.</li>
 * </ol>
 * Thread-safe: it holds only the dataset.
 */
public final class ResourceDescriber {

    /** A district may be the place of hundreds of things; a page shows this many incoming links. */
    public static final int MAX_INCOMING = 2000;


    /** Nodes that only exist to qualify a link: shown whole wherever they touch the resource. */
    private static final Set<Node> QUALIFIED = Set.of(
        ORG.Membership.asNode(), UKG.HonourAward.asNode(), UKG.Event.asNode(), UKG.Mention.asNode(),
        UKG.BylineCredit.asNode(), UKG.Participation.asNode());
    private static final Node MENTION_OF = UKG.mentionOf.asNode();
    /**
     * The store writes these nodes without their type, which is the domain of the property that makes them
     * (the ontology says so): the description states it again, for the pages and for clients that do not infer.
     */
    private static final Map<Node, Node> IMPLIED_TYPES = Map.of(
        MENTION_OF, UKG.Mention.asNode(),
        UKG.creditedPerson.asNode(), UKG.BylineCredit.asNode(),
        UKG.participant.asNode(), UKG.Participation.asNode());
    private static final List<Node> LABELS = List.of(
        RDFS.label.asNode(), SKOS.prefLabel.asNode(), SchemaDO.name.asNode(), SchemaDO.headline.asNode());

    private final DatasetGraph dsg;

    public ResourceDescriber(DatasetGraph dsg) {
        this.dsg = dsg;
    }

    /** Whether the store says anything about {@code iri}, as subject or object. */
    public boolean exists(Node iri) {
        return Txn.calculateRead(dsg, () -> {
            Graph union = dsg.getUnionGraph();
            return union.find(iri, Node.ANY, Node.ANY).hasNext() || union.find(Node.ANY, Node.ANY, iri).hasNext();
        });
    }

    /** The description of {@code iri}, or empty when the store does not know it (404). */
    public Optional<ResourceDescription> describe(Node iri) {
        return Txn.calculateRead(dsg, () -> describeInTxn(iri));
    }

    private Optional<ResourceDescription> describeInTxn(Node x) {
        Graph union = dsg.getUnionGraph();
        Graph out = GraphFactory.createDefaultGraph();
        out.getPrefixMapping().setNsPrefixes(Prefixes.standard());

        // 1. own triples, and the blank nodes they lead to
        Set<Node> qualified = new LinkedHashSet<>();
        for (Triple t : union.find(x, Node.ANY, Node.ANY).toList()) {
            out.add(t);
            Node o = t.getObject();
            if (o.isBlank())
                closure(union, o, out);
            else if (o.isURI() && isQualified(union, o))
                qualified.add(o);
        }
        // 2. incoming links
        boolean truncated = false;
        int incoming = 0;
        Iterator<Triple> in = union.find(Node.ANY, Node.ANY, x);
        while (in.hasNext()) {
            if (incoming++ == MAX_INCOMING) {
                truncated = true;
                break;
            }
            Triple t = in.next();
            out.add(t);
            Node s = t.getSubject();
            if (isQualified(union, s))
                qualified.add(s);
            if (s.isBlank()) {
                // e.g. [ ukg:participant <x> ] hangs off an event: show the node and who holds it
                closure(union, s, out);
                for (Triple up : union.find(Node.ANY, Node.ANY, s).toList()) {
                    out.add(up);
                    if (isQualified(union, up.getSubject()))
                        qualified.add(up.getSubject());
                }
            }
        }
        if (out.isEmpty())
            return Optional.empty();
        // 3. qualified nodes in full
        qualified.remove(x);
        for (Node q : qualified)
            for (Triple t : union.find(q, Node.ANY, Node.ANY).toList()) {
                out.add(t);
                if (t.getObject().isBlank())
                    closure(union, t.getObject(), out);
            }
        // 3b. what the store leaves out because it follows from the rest: the types of credits, participations and
        // mentions, and a mention's sentence
        complete(x, out);
        qualified.forEach(q -> complete(q, out));
        // 5. which articles say so (before labels, so the articles get their headlines)
        List<Node> stated = new ArrayList<>(qualified);
        stated.add(0, x);
        for (Node n : stated)
            for (Node article : articleGraphsAbout(union, n))
                out.add(Triple.create(n, SchemaDO.subjectOf.asNode(), article));
        // 4. labels of everything else named; property labels go to the page's vocabulary only
        Set<Node> named = new HashSet<>();
        Set<Node> properties = new HashSet<>();
        out.find().forEach(t -> {
            named.add(t.getSubject());
            named.add(t.getObject());
            properties.add(t.getPredicate());
        });
        named.remove(x);
        for (Node n : named)
            if (n.isURI())
                addLabels(union, n, out);
        Graph vocabulary = GraphFactory.createDefaultGraph();
        for (Node p : properties)
            addLabels(union, p, vocabulary);
        return Optional.of(new ResourceDescription(x, out, vocabulary, truncated));
    }

    private static void addLabels(Graph union, Node n, Graph into) {
        for (Node label : LABELS)
            union.find(n, label, Node.ANY).forEach(into::add);
    }

    /**
     * The article graphs holding triples about {@code n} (not {@code n}'s own graph): those where it is the subject
     * (an altLabel, a parent, a post's holder), and those whose article names it ({@code schema:mentions},
     * {@code schema:author}). What {@code n} is (its type and label) is in the entities graph, which is no article.
     */
    private Set<Node> articleGraphsAbout(Graph union, Node n) {
        Set<Node> graphs = new LinkedHashSet<>();
        Iterator<Quad> it = dsg.find(Node.ANY, n, Node.ANY, Node.ANY);
        while (it.hasNext()) {
            Node g = it.next().getGraph();
            if (!g.equals(n) && !Quad.isDefaultGraph(g) && g.isURI())
                graphs.add(g);
        }
        Iterator<Quad> named = dsg.find(Node.ANY, Node.ANY, Node.ANY, n);
        while (named.hasNext()) {
            Quad q = named.next();
            if (q.getSubject().equals(q.getGraph()) && !q.getGraph().equals(n))
                graphs.add(q.getGraph());
        }
        graphs.removeIf(g -> !union.contains(g, RDF.type.asNode(), SchemaDO.NewsArticle.asNode()));
        return graphs;
    }

    private static boolean isQualified(Graph union, Node n) {
        for (Node type : QUALIFIED)
            if (union.contains(n, RDF.type.asNode(), type))
                return true;
        // credits, participations and mentions are stored untyped: the property that makes them says what they are
        for (Node p : IMPLIED_TYPES.keySet())
            if (union.contains(n, p, Node.ANY))
                return true;
        return false;
    }

    /** States the type the store leaves implicit ({@link #IMPLIED_TYPES}) and, for a mention, its sentence. */
    private void complete(Node n, Graph out) {
        IMPLIED_TYPES.forEach((p, type) -> {
            if (out.contains(n, p, Node.ANY))
                out.add(Triple.create(n, RDF.type.asNode(), type));
        });
        completeMention(n, out);
    }

    /**
     * States again the sentence the store leaves out of a mention node (three triples there: {@code ukg:mentionOf}
     * and its span), read from the {@code schema:articleBody} of the article whose graph holds it, as the loader
     * would have written it. A store written before that keeps its own sentence; nothing is stated twice.
     */
    private void completeMention(Node m, Graph out) {
        Iterator<Quad> held = dsg.find(Node.ANY, m, MENTION_OF, Node.ANY);
        if (!held.hasNext())
            return;
        Node article = held.next().getGraph();
        if (out.contains(m, UKG.sentence.asNode(), Node.ANY))
            return;
        Integer start = integer(article, m, UKG.startOffset.asNode());
        Integer end = integer(article, m, UKG.endOffset.asNode());
        Iterator<Quad> body = dsg.find(article, article, SchemaDO.articleBody.asNode(), Node.ANY);
        if (start == null || end == null || !body.hasNext())
            return;
        String text = FactsToRdf.sentence(body.next().getObject().getLiteralLexicalForm(), start, end);
        out.add(Triple.create(m, UKG.sentence.asNode(), NodeFactory.createLiteralLang(text, "zh")));
    }

    private Integer integer(Node graph, Node s, Node p) {
        Iterator<Quad> it = dsg.find(graph, s, p, Node.ANY);
        if (!it.hasNext())
            return null;
        Node o = it.next().getObject();
        if (!o.isLiteral())
            return null;
        try {
            return Integer.valueOf(o.getLiteralLexicalForm());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The blank-node closure of {@code start}: its triples, and those of the blank nodes they lead to. */
    private static void closure(Graph union, Node start, Graph out) {
        Deque<Node> todo = new ArrayDeque<>(List.of(start));
        Set<Node> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Node b = todo.pop();
            if (!seen.add(b))
                continue;
            for (Triple t : union.find(b, Node.ANY, Node.ANY).toList()) {
                out.add(t);
                if (t.getObject().isBlank())
                    todo.push(t.getObject());
            }
        }
    }
}
