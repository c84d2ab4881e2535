package org.unionkg.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sites read from a visit (走进, 来到, 深入 + name + a clause mark or an event verb: FramedVenues' travel frame), a
 * verb the segmenter glued to a framed venue's name, venue endings of sites (产业基地, 科学城), a federation named
 * after a district's site, and a county made known by a union's name written again alone.
 */
class VisitedSitesTest {

    @Test
    void aVisitedSiteWithAProperNameIsAVenue() {
        ArticleFacts f = extract("随后，调研组来到798艺术区，与园区工会负责人座谈。市总工会干部走进卢沟桥环卫所开展慰问活动。");
        assertTrue(venues(f).contains("卢沟桥环卫所"), venues(f)::toString);
    }

    @Test
    void commonNounsListsAndTwoPlacesAreNoVisitedSite() {
        ArticleFacts f = extract("志愿者走进校园，又来到养老机构和社区，参观了职工书屋、健身室。");
        assertEquals(List.of(), venues(f));
    }

    @Test
    void aProperNameAfterItsSubdistrictIsTheVenuesOwnName() {
        ArticleFacts f = extract("交流团一行参观了建外街道国贸劳动者港湾，详细了解服务模式。");
        assertTrue(venues(f).contains("国贸劳动者港湾"), venues(f)::toString);
        assertFalse(venues(f).contains("建外街道国贸劳动者港湾"), venues(f)::toString);
    }

    @Test
    void aVerbGluedToAFramedParkIsNoPartOfItsName() {
        ArticleFacts f = extract("近日，宋庄镇总工会在潮白河森林公园组织开展职工健步走活动。");
        assertTrue(venues(f).contains("潮白河森林公园"), venues(f)::toString);
        assertTrue(venues(f).stream().noneMatch(v -> v.endsWith("组织")), venues(f)::toString);
    }

    @Test
    void sitesEndingLikeAnIndustrialBaseOrAScienceCityAreVenues() {
        ArticleFacts f = extract("近日，昌平区总工会律师走进中关村科技园区昌平医疗器械产业基地，为职工提供法律服务。");
        assertTrue(venues(f).contains("中关村科技园区昌平医疗器械产业基地"), venues(f)::toString);
        ArticleFacts g = extract("昌平区总工会主席带队深入昌平科学城，就工会组建开展调研。");
        assertTrue(venues(g).contains("昌平科学城"), venues(g)::toString);
    }

    @Test
    void aFederationNamedAfterADistrictsSiteIsUnderTheDistrictsUnion() {
        ArticleFacts f = extract("昌平医疗器械产业基地工会联合会主席王强表示，将继续做好服务。");
        FactAssertions.union(f, "昌平医疗器械产业基地工会联合会", "昌平区总工会", "federation");
    }

    @Test
    void aCountyKnownFromAUnionsNameIsThatPlaceWrittenAlone() {
        ArticleFacts f = extract("近日，平谷区总工会一行赴兴隆县，与兴隆县总工会开展交流。");
        long alone = f.mentions(MentionType.PLACE).stream().filter(m -> m.canonical().equals("兴隆县")).count();
        assertEquals(2, alone, f.mentions(MentionType.PLACE)::toString);
        assertTrue(venues(f).isEmpty(), "a county visited is a place, not a venue: " + venues(f));
    }

    private static List<String> venues(ArticleFacts f) {
        return f.places().values().stream().filter(p -> "venue".equals(p.kind())).map(PlaceFact::name).sorted().toList();
    }

    private static ArticleFacts extract(String body) {
        return SharedExtractor.extractor().extract(
                new org.unionkg.article.Article("990_unit", 1, "标题", List.of(), new org.unionkg.article.Byline(List.of(), ""), body,
                        org.unionkg.article.ArticleKind.NEWS, 0, body.length()), null);
    }
}
