package org.unionkg.resolve;

import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.unionkg.extract.ArticleFacts;
import org.unionkg.extract.ArticleFixtures;
import org.unionkg.extract.SharedExtractor;
import org.unionkg.rdf.EntityGraph;
import org.unionkg.rdf.IriMinter;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Different names with one slug get different IRIs: 白睿 and 白瑞 (both bai-rui; 瑞 U+745E comes before 睿 U+777F),
 * 北京华为科技有限公司 and 北京华威科技有限公司 (both hua-wei; 为 U+4E3A before 威 U+5A01).
 */
class HomophonesTest {
    private static final String BAI_RUI_AUSPICIOUS = "白瑞";
    private static final String BAI_RUI_WISE = "白睿";
    private static final String HUAWEI = "北京华为科技有限公司";
    private static final String HUAWEI_MIGHTY = "北京华威科技有限公司";
    private static final String PLAIN = IriMinter.mint("person", BAI_RUI_WISE);

    private static Homophones.Name person(String name) {
        return new Homophones.Name("person", name);
    }

    private static Homophones.Name org(String name) {
        return new Homophones.Name("org", name);
    }

    @Test
    void theNamesChosenShareTheirSlugs() {
        assertEquals(PLAIN, IriMinter.mint("person", BAI_RUI_AUSPICIOUS));
        assertEquals(IriMinter.mint("org", HUAWEI), IriMinter.mint("org", HUAWEI_MIGHTY));
    }

    @Test
    void anApartIriIsTheSlugAndAHashOfTheExactName() {
        String apart = IriMinter.mintApart("person", BAI_RUI_AUSPICIOUS);
        assertTrue(apart.matches(PLAIN.replace(".", "\\.") + "-[0-9a-f]{6}"), apart);
        assertEquals(apart, IriMinter.mintApart("person", BAI_RUI_AUSPICIOUS), "the same on every run");
        assertNotEquals(apart, IriMinter.mintApart("person", BAI_RUI_WISE));
        // a namesake's tie-broken IRI hashes the name with a body: never a homophone's
        assertNotEquals(apart, IriMinter.mint("person", BAI_RUI_AUSPICIOUS, ""));
        assertNotEquals(apart, IriMinter.mint("person", BAI_RUI_AUSPICIOUS, "北京公交集团"));
    }

    @Test
    void onOnePageTheFirstNameInCodePointOrderHoldsTheSlug() {
        for (List<Homophones.Name> page : List.of(List.of(person(BAI_RUI_WISE), person(BAI_RUI_AUSPICIOUS), org(HUAWEI_MIGHTY), org(HUAWEI)),
                List.of(org(HUAWEI), person(BAI_RUI_AUSPICIOUS), org(HUAWEI_MIGHTY), person(BAI_RUI_WISE)))) {
            Homophones h = Homophones.decide(page, iri -> null);
            assertEquals(PLAIN, h.iri("person", BAI_RUI_AUSPICIOUS));
            assertEquals(IriMinter.mintApart("person", BAI_RUI_WISE), h.iri("person", BAI_RUI_WISE));
            assertEquals(IriMinter.mint("org", HUAWEI), h.iri("org", HUAWEI));
            assertEquals(IriMinter.mintApart("org", HUAWEI_MIGHTY), h.iri("org", HUAWEI_MIGHTY));
            assertEquals(Map.of(PLAIN, BAI_RUI_AUSPICIOUS, IriMinter.mint("org", HUAWEI), HUAWEI), h.holders());
        }
    }

    @Test
    void acrossPagesTheFirstPageHoldsAndWhatIsPublishedHoldsFirstOfAll() {
        List<Set<Homophones.Name>> pages = List.of(Set.of(person(BAI_RUI_WISE)), Set.of(person(BAI_RUI_AUSPICIOUS)));
        Homophones arrival = Homophones.decide(pages, iri -> null);
        assertEquals(PLAIN, arrival.iri("person", BAI_RUI_WISE), "the first page's name, though 瑞 sorts first");
        assertEquals(IriMinter.mintApart("person", BAI_RUI_AUSPICIOUS), arrival.iri("person", BAI_RUI_AUSPICIOUS));

        Homophones published = Homophones.decide(pages, iri -> iri.equals(PLAIN) ? BAI_RUI_AUSPICIOUS : null);
        assertEquals(PLAIN, published.iri("person", BAI_RUI_AUSPICIOUS), "the store's holder keeps its IRI");
        assertEquals(IriMinter.mintApart("person", BAI_RUI_WISE), published.iri("person", BAI_RUI_WISE));

        // one name alone keeps the plain IRI, and the table stays empty
        Homophones alone = Homophones.decide(List.of(Set.of(person("张良")), Set.of(person("张良"))), iri -> null);
        assertTrue(alone.isEmpty(), alone::toString);
        assertEquals(IriMinter.mint("person", "张良"), alone.iri("person", "张良"));
        // kinds do not compete: a person and an organisation never share an IRI
        assertTrue(Homophones.decide(Set.of(person(BAI_RUI_WISE), org(BAI_RUI_AUSPICIOUS)), iri -> null).isEmpty());
    }

    /** What a store publishes: a label whose slug gives the IRI holds it; a label that does not, holds nothing. */
    @Test
    void theStoreHoldsASlugByTheLabelItWasMintedFrom() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        dsg.add(Quad.create(EntityGraph.GRAPH, NodeFactory.createURI(PLAIN), RDFS.label.asNode(),
                NodeFactory.createLiteralLang(BAI_RUI_WISE, "zh")));
        String other = IriMinter.mint("person", "张良");
        dsg.add(Quad.create(EntityGraph.GRAPH, NodeFactory.createURI(other), RDFS.label.asNode(),
                NodeFactory.createLiteralLang("李明", "zh")));
        var published = Homophones.publishedIn(dsg);
        assertEquals(BAI_RUI_WISE, published.apply(PLAIN));
        assertNull(published.apply(other), "李明 was not minted as zhang-liang");
        assertNull(published.apply(IriMinter.mint("org", HUAWEI)));
        // a store written before the rule, two labels on one IRI: the first in code-point order holds it
        dsg.add(Quad.create(EntityGraph.GRAPH, NodeFactory.createURI(PLAIN), RDFS.label.asNode(),
                NodeFactory.createLiteralLang(BAI_RUI_AUSPICIOUS, "zh")));
        assertEquals(BAI_RUI_AUSPICIOUS, published.apply(PLAIN));
    }

    /**
     * Homophones and namesakes compose: 白瑞 of two bodies is two people (tie-broken by body), 白睿 is a third
     * and the reporter 白睿 with no post is the same 白睿 (its own IRI), whatever holds the slug.
     */
    @Test
    void theResolverKeepsHomophonesApartAndNamesakesTieBrokenByBody() {
        ArticleFacts a = extract("x_a-01", "北京公交集团第一车队队长白瑞介绍了车队安全生产情况。");
        ArticleFacts b = extract("x_b-01", "北京市自来水集团工会副主席白瑞表示，将继续做好服务。");
        ArticleFacts c = extract("x_c-01", "北京市总工会副主席白睿出席活动。");
        assertTrue(a.persons().contains(BAI_RUI_AUSPICIOUS) && c.persons().contains(BAI_RUI_WISE),
                a.persons() + " " + c.persons());
        Resolution r = new Resolver().resolve(List.of(a, b, c), List.of(BAI_RUI_WISE), Namesakes.NONE);
        String wa = r.person("x_a-01", BAI_RUI_AUSPICIOUS).getURI();
        String wb = r.person("x_b-01", BAI_RUI_AUSPICIOUS).getURI();
        String wc = r.person("x_c-01", BAI_RUI_WISE).getURI();
        assertEquals(IriMinter.mint("person", BAI_RUI_AUSPICIOUS, "北京公交集团"), wa);
        assertEquals(IriMinter.mint("person", BAI_RUI_AUSPICIOUS, "北京市自来水集团工会"), wb);
        assertEquals(IriMinter.mintApart("person", BAI_RUI_WISE), wc, "白瑞 claims the slug, though tie-broken");
        assertEquals(wc, r.journalist(BAI_RUI_WISE).getURI());
        assertEquals(3, Set.of(wa, wb, wc).size());

        // one page alone, 白睿 alone: the plain IRI; with a corpus table saying 白瑞 holds it, apart
        assertEquals(PLAIN, new Resolver().resolve(List.of(c)).person("x_c-01", BAI_RUI_WISE).getURI());
        Namesakes.Builder corpus = new Namesakes.Builder();
        corpus.add(Affiliations.of("x_a", List.of(a)));
        corpus.add(Affiliations.of("x_c", List.of(c)));
        Namesakes table = corpus.build();
        assertEquals(Map.of(PLAIN, BAI_RUI_AUSPICIOUS), table.homophones().holders(), table::toString);
        assertEquals(IriMinter.mintApart("person", BAI_RUI_WISE),
                new Resolver().resolve(List.of(c), table).person("x_c-01", BAI_RUI_WISE).getURI());
        assertEquals(PLAIN, new Resolver().resolve(List.of(a), table).person("x_a-01", BAI_RUI_AUSPICIOUS).getURI());
    }

    @Test
    void theBatchNamesEveryKindItMints() {
        ArticleFacts f = extract("x_d-01", "北京华为科技有限公司车队队长白睿介绍了情况。朝阳区总工会副主席张强出席。");
        Set<Homophones.Name> names = Resolver.names(List.of(f), List.of("冯晓"));
        assertTrue(names.containsAll(Set.of(person(BAI_RUI_WISE), person("冯晓"), person("张强"),
                org("朝阳区总工会"), new Homophones.Name("place", "朝阳区"))), names::toString);
    }

    private static ArticleFacts extract(String id, String body) {
        return SharedExtractor.extractor().extract(ArticleFixtures.of(id, "测试", Collections.emptyList(), body),
                ArticleFixtures.META_2025);
    }
}
