package org.unionkg.resolve;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Test;
import org.unionkg.extract.ArticleFacts;
import org.unionkg.extract.ArticleFixtures;
import org.unionkg.extract.Mention;
import org.unionkg.extract.MentionType;
import org.unionkg.extract.SharedExtractor;
import org.unionkg.rdf.IriMinter;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Cross-article resolution on the seed articles and on namesakes. */
class ResolverTest {
    private static final Resolver RESOLVER = new Resolver();
    private static final List<String> ZHU_WENJIAO = List.of(
            "001_807a0e5f213dd034-01", "002_5e55d61621466464-01", "004_983e73bff6a30a31-02");

    @Test
    void oneOfficialOnThreePagesIsOnePerson() {
        List<ArticleFacts> facts = ZHU_WENJIAO.stream().map(SharedExtractor::facts).toList();
        Resolution r = RESOLVER.resolve(facts);
        Set<Node> iris = new HashSet<>();
        for (ArticleFacts f : facts) {
            iris.add(r.person(f.articleId(), "朱文娇"));
        }
        assertEquals(Set.of(org.apache.jena.graph.NodeFactory.createURI(IriMinter.mint("person", "朱文娇"))), iris,
                "one IRI, the plain one");
    }

    @Test
    void theMunicipalFederationInAnyFormIsOneBody() {
        List<ArticleFacts> facts = new ArrayList<>();
        for (String id : List.of("001_807a0e5f213dd034-01", "003_ba22a2eb888b9f8c-02", "004_983e73bff6a30a31-02")) {
            facts.add(SharedExtractor.extractor().extract(fixtureOrInline(id), ArticleFixtures.META_2025));
        }
        Resolution r = RESOLVER.resolve(facts);
        Set<Node> iris = new HashSet<>();
        Set<String> forms = new HashSet<>();
        for (ArticleFacts f : facts) {
            for (Mention m : f.mentions(MentionType.UNION)) {
                if (m.text().contains("市总工会") && !m.text().contains("职工")) {
                    iris.add(r.node(f.articleId(), m));
                    forms.add(m.text());
                }
            }
        }
        assertTrue(forms.containsAll(Set.of("北京市总工会", "市总工会")), forms::toString);
        assertEquals(Set.of(r.org("北京市总工会")), iris);
    }

    @Test
    void namesakesWithDifferentEmployersAreTwoPeople() {
        ArticleFacts a = extract("x_a-01", "北京公交集团第一车队队长王伟介绍了车队安全生产情况。");
        ArticleFacts b = extract("x_b-01", "北京市自来水集团工会副主席王伟表示，将继续做好服务。");
        ArticleFacts c = extract("x_c-01", "北京市自来水集团工会副主席王伟出席活动。");
        Resolution r = RESOLVER.resolve(List.of(a, b, c));
        Node wa = r.person("x_a-01", "王伟");
        Node wb = r.person("x_b-01", "王伟");
        assertNotEquals(wa, wb, "different employers, different people");
        assertEquals(wb, r.person("x_c-01", "王伟"), "the same union post, the same person");
        assertTrue(wa.getURI().startsWith(IriMinter.mint("person", "王伟") + "-"), "tie-broken: " + wa);
        assertEquals(r.person("x_a-01", "王伟"), RESOLVER.resolve(List.of(c, b, a)).person("x_a-01", "王伟"), "order does not matter");
        assertEquals(IriMinter.mint("person", "王伟"), RESOLVER.resolve(a).person("x_a-01", "王伟").getURI(),
                "alone, the plain IRI");
    }

    @Test
    void journalistsGetTheBylineIri() {
        ArticleFacts f = SharedExtractor.facts("001_807a0e5f213dd034-04");
        Resolution r = RESOLVER.resolve(List.of(f));
        assertEquals(IriMinter.mint("person", "边磊"), r.person(f.articleId(), "边磊").getURI(),
                "a name from the byline (not in the facts) resolves as the article layer mints it");
    }

    @Test
    void mentionNodesForEventWriters() {
        ArticleFacts f = SharedExtractor.facts("000_8c79aeed4abb6d7c-07");
        Resolution r = RESOLVER.resolve(f);
        Mention short_ = f.mentions(MentionType.UNION).stream().filter(m -> m.text().equals("东湖街道总工会")).findFirst().orElseThrow();
        assertEquals(IriMinter.mint("org", "朝阳区东湖街道总工会"), r.nodes(f.articleId()).apply(short_).getURI());
    }

    private static ArticleFacts extract(String id, String body) {
        return SharedExtractor.extractor().extract(ArticleFixtures.of(id, "测试", Collections.emptyList(), body), ArticleFixtures.META_2025);
    }

    private static org.unionkg.article.Article fixtureOrInline(String id) {
        if (id.startsWith("003_ba22a2eb888b9f8c-02")) {
            return ArticleFixtures.of(id, "“天天都是4·15，携手共筑首都安全防线”主题宣讲活动举办", List.of(),
                    "3月24日，市总工会举办了北京市职工国家安全教育宣讲比赛，由全市各基层工会自主选拔出的20名职工登上了市级比赛的讲台。");
        }
        return ArticleFixtures.article(id);
    }
}
