package org.unionkg.server.ld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unionkg.server.ld.LdFixture.*;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.unionkg.rdf.UKG;
import org.unionkg.rdf.Vocab;

/** What a resource's description holds, read off an in-memory store. */
class ResourceDescriberTest {

    static DatasetGraph dsg;
    static ResourceDescriber describer;

    @BeforeAll
    static void load() {
        dsg = inMemory();
        describer = new ResourceDescriber(dsg);
    }

    @Test
    void aUnionWithItsOwnTriplesParentChildrenAndLabels() {
        Graph g = describer.describe(UNION).orElseThrow().graph();
        // own
        assertTrue(g.contains(UNION, RDFS.label.asNode(), zh("朝阳区总工会")));
        assertTrue(g.contains(UNION, SKOS.altLabel.asNode(), zh("区总工会")));
        assertTrue(g.contains(UNION, ORG.subOrganizationOf.asNode(), PARENT));
        // the labels of what it links to, reference data included
        assertTrue(g.contains(PARENT, RDFS.label.asNode(), zh("北京市总工会")));
        assertTrue(g.contains(PLACE, RDFS.label.asNode(), zh("朝阳区")));
        assertTrue(g.contains(iri("level/district"), SKOS.prefLabel.asNode(), zh("区级")));
        // incoming: children (stated in another article), the event it organised, the article mentioning it
        assertTrue(g.contains(CHILD, ORG.subOrganizationOf.asNode(), UNION));
        assertTrue(g.contains(CHILD, RDFS.label.asNode(), zh("东湖街道总工会")));
        assertTrue(g.contains(EVENT, SchemaDO.organizer.asNode(), UNION));
        assertTrue(g.contains(ARTICLE_1, SchemaDO.mentions.asNode(), UNION));
        // the post held here, in full: who, and the role as written
        assertTrue(g.contains(POST, ORG.member.asNode(), PERSON));
        assertTrue(g.contains(POST, UKG.roleText.asNode(), zh("党组书记、副主席")));
        assertTrue(g.contains(PERSON, RDFS.label.asNode(), zh("张三")));
        // the event in full: its date
        assertTrue(g.contains(EVENT, UKG.date.asNode(), Node.ANY));
        // which articles say so
        assertTrue(g.contains(UNION, SchemaDO.subjectOf.asNode(), ARTICLE_1));
        assertTrue(g.contains(ARTICLE_1, SchemaDO.headline.asNode(), zh("朝阳区总工会举办职工技能大赛")));
        assertTrue(g.contains(POST, SchemaDO.subjectOf.asNode(), ARTICLE_1));
        // the mention with its type and its sentence, which the store leaves out (read from the span and the body)
        Node mention = iri("mention/t-01-1");
        assertTrue(g.contains(mention, UKG.mentionOf.asNode(), UNION));
        assertTrue(g.contains(mention, RDF.type.asNode(), UKG.Mention.asNode()));
        assertTrue(g.contains(mention, UKG.sentence.asNode(), zh("朝阳区总工会举办职工技能大赛。")));
        assertTrue(g.contains(mention, SchemaDO.subjectOf.asNode(), ARTICLE_1));
        // property labels are for the page, not the RDF answer
        assertFalse(g.contains(UKG.locatedIn.asNode(), RDFS.label.asNode(), Node.ANY));
        assertTrue(describer.describe(UNION).orElseThrow().vocabulary()
                            .contains(UKG.locatedIn.asNode(), RDFS.label.asNode(), zh("所在地")));
        // nothing unrelated: the other article's own headline is not a label of anything here
        assertFalse(g.contains(ARTICLE_2, Node.ANY, Node.ANY), "article t-02 says nothing about this union");
    }

    @Test
    void aPersonWithPostHonourAndEvent() {
        Graph g = describer.describe(PERSON).orElseThrow().graph();
        assertTrue(g.contains(POST, ORG.organization.asNode(), UNION));
        assertTrue(g.contains(UNION, RDFS.label.asNode(), zh("朝阳区总工会")));
        assertTrue(g.contains(AWARD, UKG.honour.asNode(), iri("honour/bei-jing-da-gong-jiang")));
        assertTrue(g.contains(iri("honour/bei-jing-da-gong-jiang"), SKOS.prefLabel.asNode(), zh("北京大工匠")));
        assertTrue(g.contains(AWARD, SchemaDO.subjectOf.asNode(), ARTICLE_2), "the award is stated in t-02");
        assertTrue(g.contains(EVENT, Vocab.semHasActor.asNode(), PERSON));
        // the participation blank node and its part
        assertTrue(g.contains(Node.ANY, UKG.part.asNode(), zh("出席")));
        assertTrue(g.contains(PERSON, SchemaDO.subjectOf.asNode(), ARTICLE_1));
    }

    @Test
    void anEventKeepsItsBlankNodes() {
        Graph g = describer.describe(EVENT).orElseThrow().graph();
        assertTrue(g.contains(Node.ANY, UKG.countText.asNode(), zh("500余名职工")));
        assertTrue(g.contains(PLACE, RDFS.label.asNode(), zh("朝阳区")));
        assertTrue(g.contains(EVENT, SchemaDO.subjectOf.asNode(), ARTICLE_1));
    }

    @Test
    void aPlaceFromTheReferenceDataHasItsEvents() {
        Graph g = describer.describe(PLACE).orElseThrow().graph();
        assertTrue(g.contains(EVENT, Vocab.semHasPlace.asNode(), PLACE));
        assertTrue(g.contains(EVENT, UKG.date.asNode(), Node.ANY));
        assertTrue(g.contains(UNION, UKG.locatedIn.asNode(), PLACE));
        assertFalse(g.contains(PLACE, SchemaDO.subjectOf.asNode(), Node.ANY), "reference data is no article");
    }

    @Test
    void unknownIrisAreNotDescribed() {
        assertTrue(describer.describe(iri("org/no-such-union")).isEmpty());
        assertFalse(describer.exists(iri("org/no-such-union")));
        assertTrue(describer.exists(PARENT), "known as an object and a subject");
    }

    @Test
    void settingsMapPathsToIris() {
        LinkedDataSettings s = new LinkedDataSettings(ID, "unionkg");
        assertEquals("/unionkg", s.dataset());
        assertEquals(UNION, s.iriOf("org/chao-yang-qu-zong-gong-hui").orElseThrow());
        assertEquals("org/chao-yang-qu-zong-gong-hui", s.localName(UNION).orElseThrow());
        assertTrue(s.iriOf("org/<x>").isEmpty());
        assertTrue(s.iriOf("../etc/passwd").isEmpty(), "a path cannot climb out of the namespace");
        assertTrue(s.iriOf("org/./x").isEmpty());
        assertTrue(s.localName(RDFS.label.asNode()).isEmpty());
    }

    @Test
    void untypedCreditsAndParticipationsGetTheirTypeBack() {
        // as the loader stores them: no rdf:type, the domain of ukg:creditedPerson and ukg:participant gives it
        DatasetGraph store = DatasetGraphFactory.createTxnMem();
        Node g = iri("article/u-01");
        Node credit = iri("credit/u-01-1");
        Node event = iri("event/u-01-1");
        Node participation = iri("event/u-01-1/participation/1");
        Node reporter = iri("person/bian-lei");
        store.add(g, g, RDF.type.asNode(), SchemaDO.NewsArticle.asNode());
        store.add(g, g, UKG.credit.asNode(), credit);
        store.add(g, credit, UKG.creditedPerson.asNode(), reporter);
        store.add(g, credit, UKG.creditRole.asNode(), NodeFactory.createLiteralString("记者"));
        store.add(g, event, UKG.participation.asNode(), participation);
        store.add(g, participation, UKG.participant.asNode(), reporter);
        store.add(g, participation, UKG.part.asNode(), zh("出席"));
        Graph d = new ResourceDescriber(store).describe(reporter).orElseThrow().graph();
        assertTrue(d.contains(credit, RDF.type.asNode(), UKG.BylineCredit.asNode()), "the credit's type");
        assertTrue(d.contains(credit, UKG.creditRole.asNode(), Node.ANY), "the credit in full");
        assertTrue(d.contains(participation, RDF.type.asNode(), UKG.Participation.asNode()), "the participation's type");
        assertTrue(d.contains(participation, UKG.part.asNode(), zh("出席")), "the participation in full");
        assertFalse(d.contains(reporter, RDF.type.asNode(), UKG.BylineCredit.asNode()), "only the nodes the property makes");
    }
}
