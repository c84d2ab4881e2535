package org.unionkg.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.unionkg.ontology.OntologyFiles;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The entities graph ({@link UKG#ENTITIES_GRAPH}): what each thing an article names <em>is</em>, once for the
 * whole store, apart from what each article <em>says</em> of it (its article graph). This is the instance layer of
 * NewsReader's GAF, which keeps instances apart from their mentions and the claims made about them.
 *
 * <p>What goes here is a function of the entity's IRI (its canonical name and kind), so every page that names the
 * entity writes the same quads and one copy serves them all: {@code rdf:type}, the canonical {@code rdfs:label},
 * a union's {@code ukg:level}, an honour's types, {@code skos:inScheme} and {@code skos:prefLabel}, a role
 * concept's types and label, a place's types, a person's (or journalist's) type and label. What a text says and
 * another may contradict stays in the article graph: {@code skos:altLabel} (the forms this text used),
 * {@code org:subOrganizationOf}, {@code ukg:unionOf}, {@code ukg:locatedIn}, {@code ukg:within},
 * {@code ukg:orgKind}, posts, awards, events, credits and mentions.
 *
 * <p>Two invariants make a store built from any order and batching of loads the same as one built fresh:
 * <ul>
 *   <li>a page describes only entities its own graphs reference, and never says again what the reference data
 *       (the ontology graph: Beijing's districts, the honours scheme) says of them already ({@link #settle}): a
 *       district keeps the {@code ukg:Place} type the articles give it (the reference data says {@code ukg:District})
 *       and nothing else, so the union default graph holds the same triples as when every article said them;</li>
 *   <li>after a store write, an entity that no article or page graph references (as subject or object) loses
 *       its description here ({@link #collect}): what the dropped pages alone described goes with them.</li>
 * </ul>
 * <p>So a store after replacements equals a store loaded fresh with the pages as they are now, with one exception: a
 * description stays while some page still references the entity without describing it (a place named only as the
 * {@code ukg:within} of another), where a fresh load would not have it. It is still what the thing is.
 * <p>Limit: two names with one slug (张良, 章良: {@link IriMinter}) are one IRI, and its description holds both labels
 * as long as either is referenced; the union default graph showed both before this graph existed too.
 */
public final class EntityGraph {
    /** The graph's name as a node. */
    public static final Node GRAPH = NodeFactory.createURI(UKG.ENTITIES_GRAPH);

    private EntityGraph() {}

    /** Whether {@code q} is a description quad of the entities graph. */
    public static boolean contains(Quad q) {
        return GRAPH.equals(q.getGraph());
    }

    /** A person's description: {@code foaf:Person} and the name as its label. */
    public static List<Quad> describePerson(Node person, String name) {
        return List.of(Quad.create(GRAPH, person, RDF.type.asNode(), FOAF.Person.asNode()),
                Quad.create(GRAPH, person, RDFS.label.asNode(), NodeFactory.createLiteralLang(name, "zh")));
    }

    /**
     * Drops from one page's quads the descriptions the store must not take from it: triples the reference data
     * states already, and descriptions of entities the page's own graphs do not reference (which the store would collect as soon as
     * any page of the batch was reloaded, so loading them would make the store depend on load order).
     *
     * @return the quads dropped
     */
    public static int settle(DatasetGraph page) {
        List<Quad> all = new ArrayList<>();
        page.find().forEachRemaining(all::add);
        Set<Node> used = used(all);
        int dropped = 0;
        for (Quad q : all) {
            if (contains(q) && !kept(q, used)) {
                page.delete(q);
                dropped++;
            }
        }
        return dropped;
    }

    /**
     * {@link #settle(DatasetGraph)} of a page's quads held in a plain collection (distinct quads, as the processor
     * collects them): the quads to keep, in the order given.
     */
    public static List<Quad> settled(Collection<Quad> page) {
        Set<Node> used = used(page);
        List<Quad> out = new ArrayList<>(page.size());
        for (Quad q : page) {
            if (!contains(q) || kept(q, used)) {
                out.add(q);
            }
        }
        return out;
    }

    /** The subjects and objects of the page's own quads (not of its entity descriptions). */
    private static Set<Node> used(Collection<Quad> quads) {
        Set<Node> used = new HashSet<>();
        for (Quad q : quads) {
            if (!contains(q)) {
                used.add(q.getSubject());
                used.add(q.getObject());
            }
        }
        return used;
    }

    /** Whether an entity description stays: the page references the entity, and the reference data does not say it. */
    private static boolean kept(Quad description, Set<Node> used) {
        return used.contains(description.getSubject()) && !Reference.GRAPH.contains(description.asTriple());
    }

    /**
     * The IRIs that the quads of these graphs of {@code dsg} use, as subject or object: after a store drops those
     * graphs, the entities among them may be referenced nowhere any more ({@link #collect}).
     */
    public static Set<Node> nodesOf(DatasetGraph dsg, Collection<Node> graphs) {
        Set<Node> out = new HashSet<>();
        for (Node g : graphs) {
            if (GRAPH.equals(g)) {
                continue;
            }
            dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                out.add(q.getSubject());
                if (q.getObject().isURI()) {
                    out.add(q.getObject());
                }
            });
        }
        out.removeIf(n -> !n.isURI());
        return out;
    }

    /**
     * Deletes the description of each of {@code candidates} that no article or page graph references any more, as
     * subject or object, through {@code dsg} (the store's text dataset, so its index forgets the labels).
     * Call inside the write transaction that dropped or rewrote the graphs that referenced them. About three index
     * lookups a candidate that has a description, one for a candidate that has none.
     *
     * @return the quads deleted
     */
    public static int collect(DatasetGraph dsg, Collection<Node> candidates) {
        int deleted = 0;
        for (Node e : candidates) {
            if (!e.isURI() || !dsg.contains(GRAPH, e, Node.ANY, Node.ANY) || referenced(dsg, e)) {
                continue;
            }
            List<Quad> description = new ArrayList<>();
            dsg.find(GRAPH, e, Node.ANY, Node.ANY).forEachRemaining(description::add);
            for (Quad q : description) {
                dsg.delete(q);
            }
            deleted += description.size();
        }
        return deleted;
    }

    /**
     * Whether an article or page graph (a graph named by a resource IRI, {@code id/...}) uses {@code e} as subject or
     * object. The reference graphs do not count: a district they describe keeps no description here once no page
     * names it.
     */
    static boolean referenced(DatasetGraph dsg, Node e) {
        return usedByPages(dsg.findNG(Node.ANY, e, Node.ANY, Node.ANY))
                || usedByPages(dsg.findNG(Node.ANY, Node.ANY, Node.ANY, e));
    }

    private static boolean usedByPages(Iterator<Quad> it) {
        while (it.hasNext()) {
            Node g = it.next().getGraph();
            if (g.isURI() && g.getURI().startsWith(UKG.ID)) {
                return true;
            }
        }
        return false;
    }

    /** The ontology graph's triples (the ontology, the schemes, the reference places), read once. */
    private static final class Reference {
        static final Graph GRAPH = OntologyFiles.loadGraph().getGraph();
    }
}
