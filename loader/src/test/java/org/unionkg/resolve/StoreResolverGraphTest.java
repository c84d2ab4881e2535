package org.unionkg.resolve;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.unionkg.rdf.EntityGraph;
import org.unionkg.rdf.FactsToRdf;
import org.unionkg.rdf.IriMinter;
import org.unionkg.rdf.UKG;
import org.unionkg.rdf.Vocab;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@link StoreResolver} on article graphs written by hand in the shape {@code FactsToRdf} and {@code ArticleToRdf}
 * give them (what a person or body is in the entities graph, what the article says in its own), so that the rewrite itself is checked quad by quad, apart from extraction.
 */
class StoreResolverGraphTest {
    private static final String WANG_WEI = "王伟";
    private static final Node PLAIN = iri(IriMinter.mint("person", WANG_WEI));
    private static final Node BUS = iri(IriMinter.mint("org", "北京公交集团"));
    private static final Node WATER = iri(IriMinter.mint("org", "北京市自来水集团工会"));
    private static final Node MEDAL = iri(IriMinter.mint("honour", "首都劳动奖章"));
    private static final Node G1 = iri(IriMinter.raw("article", "p1-01"));
    private static final Node G2 = iri(IriMinter.raw("article", "p2-01"));
    private static final Node G3 = iri(IriMinter.raw("article", "p3-01"));
    private static final Node E = EntityGraph.GRAPH;

    @Test
    void tieBreakersGroupOccurrencesByASharedBodyWhateverTheKeys() {
        Map<Integer, Set<String>> occurrences = new LinkedHashMap<>();
        occurrences.put(1, Set.of("B"));
        occurrences.put(2, Set.of("C"));
        occurrences.put(3, Set.of());
        occurrences.put(4, Set.of("A", "C"));
        assertEquals(Map.of(1, "B", 2, "A", 4, "A"), Resolver.tieBreakers(occurrences), "{B} and {A, C}; 3 has no post");
        occurrences.put(5, Set.of("B", "C"));
        assertEquals(Map.of(), Resolver.tieBreakers(occurrences), "5 joins both groups: one person, the plain IRI");
    }

    @Test
    void aNamesakeGraphIsRewrittenWithItsPostsAndAwardsAndTheBylineStaysPlain() {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        List<Quad> bus = busArticle();
        Txn.executeWrite(dsg, () -> {
            bus.forEach(dsg::add);
            waterArticle(G2).forEach(dsg::add);
            mentionOnly(G3).forEach(dsg::add);
        });
        assertEquals(Set.of(WANG_WEI), Txn.calculateRead(dsg, () -> StoreResolver.namesWithPosts(dsg, List.of(G1))));
        assertEquals(Set.of(), Txn.calculateRead(dsg, () -> StoreResolver.namesWithPosts(dsg, List.of(G3))));

        StoreResolver.Rewrites r = Txn.calculateWrite(dsg, () -> new StoreResolver(dsg).resolve(Set.of(WANG_WEI)));
        assertEquals(2, r.graphs(), r.toString());
        Node busWang = iri(IriMinter.mint("person", WANG_WEI, "北京公交集团"));
        Node waterWang = iri(IriMinter.mint("person", WANG_WEI, "北京市自来水集团工会"));
        Node post = FactsToRdf.postIri(busWang, BUS);
        Node award = FactsToRdf.awardIri(busWang, MEDAL);
        Node credit = iri(IriMinter.raw("credit", "p1-01-1"));
        Node mention = iri(IriMinter.raw("mention", "p1-01-1"));
        Node event = iri(IriMinter.raw("event", "p1-01-1"));
        Set<String> expected = lines(List.of(
                q(G1, G1, SchemaDO.author.asNode(), PLAIN),                 // the reporter 王伟: a journalist
                q(G1, credit, UKG.creditedPerson.asNode(), PLAIN),
                q(G1, credit, RDF.type.asNode(), UKG.BylineCredit.asNode()),
                q(G1, post, RDF.type.asNode(), ORG.Membership.asNode()),   // the team leader 王伟
                q(G1, post, ORG.member.asNode(), busWang),
                q(G1, post, ORG.organization.asNode(), BUS),
                q(G1, post, UKG.roleText.asNode(), zh("队长")),
                q(G1, award, RDF.type.asNode(), UKG.HonourAward.asNode()),
                q(G1, award, UKG.awardee.asNode(), busWang),
                q(G1, award, UKG.honour.asNode(), MEDAL),
                q(G1, G1, SchemaDO.mentions.asNode(), busWang),
                q(G1, mention, UKG.mentionOf.asNode(), busWang),
                q(G1, event, Vocab.semHasActor.asNode(), busWang)));
        assertEquals(expected, lines(Txn.calculateRead(dsg, () -> dsg.stream(G1, Node.ANY, Node.ANY, Node.ANY).toList())));
        // the renamed people are described in the entities graph; the plain IRI stays (the byline and G3 name it)
        for (Node person : List.of(PLAIN, busWang, waterWang)) {
            assertTrue(Txn.calculateRead(dsg, () -> dsg.contains(E, person, RDFS.label.asNode(), zh(WANG_WEI))), person::toString);
            assertTrue(Txn.calculateRead(dsg, () -> dsg.contains(E, person, RDF.type.asNode(), FOAF.Person.asNode())), person::toString);
        }
        assertTrue(Txn.calculateRead(dsg, () -> dsg.contains(G2, FactsToRdf.postIri(waterWang, WATER), ORG.member.asNode(), waterWang)));
        assertEquals(lines(mentionOnly(G3).stream().filter(q -> q.getGraph().equals(G3)).toList()), lines(Txn.calculateRead(dsg, () -> dsg.stream(G3, Node.ANY, Node.ANY, Node.ANY).toList())),
                "without a post, the plain IRI, untouched");

        // the water article goes: the bus article's graph returns to exactly what the page wrote
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(G2, Node.ANY, Node.ANY, Node.ANY);
            new StoreResolver(dsg).resolve(Set.of(WANG_WEI));
        });
        assertEquals(lines(bus.stream().filter(q -> q.getGraph().equals(G1)).toList()),
                lines(Txn.calculateRead(dsg, () -> dsg.stream(G1, Node.ANY, Node.ANY, Node.ANY).toList())));
        // and the person it renamed away from, referenced by no graph now, loses its description (the water
        // article's own 王伟 went with the graph dropped by hand here: GraphStore collects what it drops itself)
        assertFalse(Txn.calculateRead(dsg, () -> dsg.contains(E, busWang, Node.ANY, Node.ANY)));
        assertTrue(Txn.calculateRead(dsg, () -> dsg.contains(E, PLAIN, RDFS.label.asNode(), zh(WANG_WEI))));
    }

    @Test
    void resolveAllGivesWhatResolvingTheNamesGives() {
        DatasetGraph byName = DatasetGraphFactory.createTxnMem();
        DatasetGraph all = DatasetGraphFactory.createTxnMem();
        for (DatasetGraph dsg : List.of(byName, all)) {
            Txn.executeWrite(dsg, () -> {
                busArticle().forEach(dsg::add);
                waterArticle(G2).forEach(dsg::add);
                waterArticle(G3).forEach(dsg::add);
            });
        }
        Txn.executeWrite(byName, () -> new StoreResolver(byName).resolve(Set.of(WANG_WEI, "冯晓")));
        StoreResolver.Rewrites r = Txn.calculateWrite(all, () -> new StoreResolver(all).resolveAll());
        assertEquals(3, r.graphs(), r.toString());
        assertEquals(lines(Txn.calculateRead(byName, () -> byName.stream().toList())),
                lines(Txn.calculateRead(all, () -> all.stream().toList())));
        StoreResolver.Rewrites again = Txn.calculateWrite(all, () -> new StoreResolver(all).resolveAll());
        assertEquals(0, again.graphs(), "a second pass finds nothing to do");
        assertFalse(Txn.calculateRead(all, () -> all.contains(G2, Node.ANY, ORG.member.asNode(), PLAIN)));
    }

    /**
     * A store written before homophones were kept apart: 张良 of the bus company and 章良 of the water union share a
     * slug, so one IRI with two labels in the entities graph. Each article's own text (at its mention) says which name
     * it used; the name that holds the slug (张 before 章 in code-point order) keeps it, and the other's occurrence
     * moves to its own IRI ({@link IriMinter#mintApart}) — neither name is split into two people.
     */
    @Test
    void homophonesSharingAnIriInAnOldStoreAreMovedApartByTheirArticlesText() {
        Node person = iri(IriMinter.mint("person", "张良"));
        assertEquals(person, iri(IriMinter.mint("person", "章良")));
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        Txn.executeWrite(dsg, () -> {
            homophone(G1, person, "张良", BUS, "北京公交集团").forEach(dsg::add);
            homophone(G2, person, "章良", WATER, "北京市自来水集团工会").forEach(dsg::add);
        });
        assertEquals(Set.of("张良"), Txn.calculateRead(dsg, () -> StoreResolver.namesWithPosts(dsg, List.of(G1))));
        StoreResolver.Rewrites r = Txn.calculateWrite(dsg, () -> new StoreResolver(dsg).resolve(Set.of("张良", "章良")));
        assertEquals(1, r.graphs(), "章良's one article moves, 张良's stays: " + r);
        Node apart = iri(IriMinter.mintApart("person", "章良"));
        Txn.executeRead(dsg, () -> {
            assertTrue(dsg.contains(G1, FactsToRdf.postIri(person, BUS), ORG.member.asNode(), person));
            assertTrue(dsg.contains(G2, FactsToRdf.postIri(apart, WATER), ORG.member.asNode(), apart));
            assertFalse(dsg.contains(G2, Node.ANY, ORG.member.asNode(), person));
            assertTrue(dsg.contains(E, apart, RDFS.label.asNode(), zh("章良")));
        });
        assertEquals(0, Txn.calculateWrite(dsg, () -> new StoreResolver(dsg).resolveAll()).graphs());
    }

    private static List<Quad> homophone(Node g, Node person, String name, Node body, String bodyName) {
        String text = "队长" + name + "说";
        Node mention = iri(IriMinter.raw("mention", Resolution.localName(g) + "-1"));
        Node post = FactsToRdf.postIri(person, body);
        return List.of(
                q(g, g, SchemaDO.articleBody.asNode(), zh(text)),
                q(g, mention, UKG.mentionOf.asNode(), person),
                q(g, mention, UKG.startOffset.asNode(), NodeFactory.createLiteralDT("2", XSDDatatype.XSDinteger)),
                q(g, mention, UKG.endOffset.asNode(), NodeFactory.createLiteralDT("4", XSDDatatype.XSDinteger)),
                q(g, post, ORG.member.asNode(), person),
                q(g, post, ORG.organization.asNode(), body),
                q(E, person, RDFS.label.asNode(), zh(name)),
                q(E, body, RDFS.label.asNode(), zh(bodyName)));
    }

    /** As the pipeline writes 910_ns_bus-01 alone: 王伟 the reporter and 王伟 the team leader share the plain IRI. */
    private static List<Quad> busArticle() {
        Node post = FactsToRdf.postIri(PLAIN, BUS);
        Node award = FactsToRdf.awardIri(PLAIN, MEDAL);
        Node credit = iri(IriMinter.raw("credit", "p1-01-1"));
        return List.of(
                q(G1, G1, SchemaDO.author.asNode(), PLAIN),
                q(G1, credit, UKG.creditedPerson.asNode(), PLAIN),
                q(G1, credit, RDF.type.asNode(), UKG.BylineCredit.asNode()),
                q(E, PLAIN, RDF.type.asNode(), FOAF.Person.asNode()),
                q(E, PLAIN, RDFS.label.asNode(), zh(WANG_WEI)),
                q(G1, post, RDF.type.asNode(), ORG.Membership.asNode()),
                q(G1, post, ORG.member.asNode(), PLAIN),
                q(G1, post, ORG.organization.asNode(), BUS),
                q(G1, post, UKG.roleText.asNode(), zh("队长")),
                q(E, BUS, RDFS.label.asNode(), zh("北京公交集团")),
                q(G1, award, RDF.type.asNode(), UKG.HonourAward.asNode()),
                q(G1, award, UKG.awardee.asNode(), PLAIN),
                q(G1, award, UKG.honour.asNode(), MEDAL),
                q(G1, G1, SchemaDO.mentions.asNode(), PLAIN),
                q(G1, iri(IriMinter.raw("mention", "p1-01-1")), UKG.mentionOf.asNode(), PLAIN),
                q(G1, iri(IriMinter.raw("event", "p1-01-1")), Vocab.semHasActor.asNode(), PLAIN));
    }

    private static List<Quad> waterArticle(Node g) {
        Node post = FactsToRdf.postIri(PLAIN, WATER);
        Node reporter = iri(IriMinter.mint("person", "冯晓"));
        return List.of(
                q(E, PLAIN, RDF.type.asNode(), FOAF.Person.asNode()),
                q(E, PLAIN, RDFS.label.asNode(), zh(WANG_WEI)),
                q(g, post, ORG.member.asNode(), PLAIN),
                q(g, post, ORG.organization.asNode(), WATER),
                q(E, WATER, RDFS.label.asNode(), zh("北京市自来水集团工会")),
                q(g, g, SchemaDO.author.asNode(), reporter),
                q(E, reporter, RDFS.label.asNode(), zh("冯晓")));
    }

    private static List<Quad> mentionOnly(Node g) {
        return List.of(
                q(E, PLAIN, RDF.type.asNode(), FOAF.Person.asNode()),
                q(E, PLAIN, RDFS.label.asNode(), zh(WANG_WEI)),
                q(g, g, SchemaDO.mentions.asNode(), PLAIN));
    }

    private static Set<String> lines(List<Quad> quads) {
        Set<String> out = new TreeSet<>();
        quads.forEach(q -> out.add(q.toString()));
        return out;
    }

    private static Quad q(Node g, Node s, Node p, Node o) {
        return Quad.create(g, s, p, o);
    }

    private static Node iri(String s) {
        return NodeFactory.createURI(s);
    }

    private static Node zh(String s) {
        return NodeFactory.createLiteralLang(s, "zh");
    }
}
