package org.unionkg.extract.event;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.unionkg.article.Article;
import org.unionkg.extract.Mention;
import org.unionkg.rdf.IriMinter;
import org.unionkg.rdf.UKG;
import org.unionkg.rdf.Vocab;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes an article's events as quads in the article's named graph, per the RDF contract: {@code <id/event/<articleId>-<n>>
 * a ukg:Event}, with its type, date, places, organisers, actors, participations and counts. Participation and
 * count nodes are IRIs under the event's ({@code <event>/participation/<n>}, {@code <event>/count/<n>}), never blank
 * nodes, so loading the same article twice gives the same graph.
 */
public final class EventToRdf {
    private static final String ZH = "zh";

    private EventToRdf() {}

    /**
     * @param iriOf the IRI of the entity a mention stands for (a person, an organisation or a place), as the
     *              entity writer mints it
     * @param out   where the quads go; the caller starts and finishes the stream
     */
    public static void write(Article article, List<EventFact> events, Function<Mention, Node> iriOf, StreamRDF out) {
        Node graph = NodeFactory.createURI(IriMinter.raw("article", article.id()));
        for (int n = 0; n < events.size(); n++) {
            new Writer(graph, out).event(article, n + 1, events.get(n), iriOf);
        }
    }

    /** The IRI of an article's n-th event (1-based). */
    public static String eventIri(Article article, int n) {
        return IriMinter.raw("event", article.id() + "-" + n);
    }

    private record Writer(Node graph, StreamRDF out) {

        void event(Article article, int n, EventFact e, Function<Mention, Node> iriOf) {
            String iri = eventIri(article, n);
            Node event = NodeFactory.createURI(iri);
            add(event, RDF.type.asNode(), UKG.Event.asNode());
            add(event, RDFS.label.asNode(), zh(e.label()));
            add(event, UKG.eventType, NodeFactory.createURI(IriMinter.raw("event-type", e.type().key())));
            date(event, e.date());
            for (Mention place : e.places()) {
                add(event, Vocab.semHasPlace, iriOf.apply(place));
            }
            for (Mention organiser : e.organisers()) {
                add(event, SchemaDO.organizer, iriOf.apply(organiser));
            }
            Set<Node> actors = new LinkedHashSet<>();
            for (Participation p : e.participants()) {
                actors.add(iriOf.apply(p.who()));
            }
            for (Node actor : actors) {
                add(event, Vocab.semHasActor, actor);
            }
            for (int i = 0; i < e.participants().size(); i++) {
                Participation p = e.participants().get(i);
                Node node = NodeFactory.createURI(iri + "/participation/" + (i + 1));
                add(event, UKG.participation, node);
                // untyped: ukg:Participation follows from ukg:participant's domain (as a mention's type: FactsToRdf)
                add(node, UKG.participant, iriOf.apply(p.who()));
                add(node, UKG.part, zh(p.part()));
            }
            for (int i = 0; i < e.counts().size(); i++) {
                Headcount c = e.counts().get(i);
                Node node = NodeFactory.createURI(iri + "/count/" + (i + 1));
                add(event, UKG.headcount, node);
                add(node, RDF.type.asNode(), UKG.Count.asNode());
                add(node, UKG.countText, zh(c.text()));
                add(node, UKG.countValue, NodeFactory.createLiteralDT(Long.toString(c.value()), XSDDatatype.XSDinteger));
                add(node, UKG.approximate, NodeFactory.createLiteralDT(Boolean.toString(c.approximate()), XSDDatatype.XSDboolean));
                add(node, UKG.countOf, zh(c.countOf()));
            }
            add(event, UKG.evidence, zh(e.evidence()));
            add(event, SchemaDO.subjectOf, graph);
        }

        private void date(Node event, EventDate d) {
            if (d == null) {
                return;
            }
            add(event, UKG.datePrecision, NodeFactory.createURI(IriMinter.raw("date-precision", d.precision().key())));
            if (d.text() != null) {
                add(event, UKG.dateText, zh(d.text()));
            }
            Node value = null;
            if (d.day() != null) {
                value = NodeFactory.createLiteralDT(d.day().toString(), XSDDatatype.XSDdate);
            } else if (d.precision() == EventDate.Precision.MONTH && d.month() != null) {
                value = NodeFactory.createLiteralDT(d.month().toString(), XSDDatatype.XSDgYearMonth);
            } else if (d.year() != null && d.precision() != EventDate.Precision.DAY
                    && d.precision() != EventDate.Precision.MONTH) {
                value = NodeFactory.createLiteralDT(fourDigits(d.year()), XSDDatatype.XSDgYear);
            }
            if (value != null) {
                add(event, UKG.date, value);
            }
        }

        private void add(Node s, Property p, Node o) {
            add(s, p.asNode(), o);
        }

        private void add(Node s, Node p, Node o) {
            out.quad(Quad.create(graph, s, p, o));
        }

        private static Node zh(String text) {
            return NodeFactory.createLiteralLang(text, ZH);
        }

        /** As {@code String.format("%04d", year)}, without the formatter (slow, and called for every event). */
        private static String fourDigits(int year) {
            if (year < 0) {
                return String.format("%04d", year);
            }
            String digits = Integer.toString(year);
            return digits.length() >= 4 ? digits : "0".repeat(4 - digits.length()) + digits;
        }
    }
}
