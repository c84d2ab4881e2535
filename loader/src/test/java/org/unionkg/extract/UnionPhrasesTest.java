package org.unionkg.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Phrases that end in 工会 but name no body (GUIDELINES, unions: generic references), and short forms that name
 * one only through the article (区卫生工会 in a district's article, 法院工会 after the court was named).
 */
class UnionPhrasesTest {

    @Test
    void kindsOfUnionAndCountsOfPlacesAreNoBodies() {
        ArticleFacts f = extract("推动通武两地工会工作发展。各镇街、区属企业工会主席，商圈工会和楼宇工会负责人参加。");
        assertEquals(List.of(), unions(f));
    }

    @Test
    void 工会AsTheModifierOfAVerbsObjectIsNoName() {
        ArticleFacts f = extract("近日，密云区总工会一行到顺义区学习交流工会工作，表示要为城市发展贡献工会力量。");
        assertEquals(List.of("密云区总工会"), unions(f).stream().filter(n -> !n.startsWith("北京市") && !n.startsWith("中华")).toList());
        // a union's name followed by its work stays a name
        ArticleFacts g = extract("会上，北京市交通运输工会负责人介绍了北京市交通运输工会工作。");
        assertTrue(unions(g).contains("北京市交通运输工会"), unions(g)::toString);
    }

    @Test
    void aPlaceFollowedBy把IsAClauseAboutThePlace() {
        ArticleFacts f = extract("“顺义把工会服务送到了工地上，值得学习。”他说。");
        assertEquals(List.of(), unions(f));
    }

    @Test
    void aSchoolNamedAfterUnionsIsNoUnion() {
        ArticleFacts f = extract("培训班邀请北京工会干部学院讲师王芳授课。");
        assertEquals(List.of(), unions(f));
    }

    @Test
    void aDistrictsBodyUnionWrittenWith区IsTheArticlesDistricts() {
        ArticleFacts f = extract("近日，海淀区总工会召开会议。区卫生工会主席李明介绍了经验，区司法局工会作交流发言。");
        FactAssertions.union(f, "海淀区卫生工会", "海淀区总工会", "industry");
        FactAssertions.union(f, "海淀区司法局工会", null, "enterprise");
        // the short form is an anaphor, not a name of the body
        assertTrue(f.org("海淀区卫生工会").altLabels().isEmpty(), f.org("海淀区卫生工会").altLabels()::toString);
        // without a district in the article it names nothing
        assertEquals(List.of(), unions(extract("区卫生工会主席李明介绍了经验。")));
    }

    @Test
    void aCourtsUnionWrittenAsIts法院工会IsTheCourtNamedBefore() {
        ArticleFacts f = extract("西城区人民法院党组书记王刚表示，法院工会将继续服务干警。");
        FactAssertions.union(f, "西城区人民法院工会", null, "enterprise");
        assertEquals("西城区人民法院", f.org("西城区人民法院工会").employer());
        assertTrue(f.orgs().keySet().stream().noneMatch(n -> n.equals("法院工会") || n.equals("法院")), f.orgs().keySet()::toString);
    }

    private static List<String> unions(ArticleFacts f) {
        return f.orgs().values().stream().filter(o -> o.type() == MentionType.UNION).map(OrgFact::name).sorted().toList();
    }

    private static ArticleFacts extract(String body) {
        return SharedExtractor.extractor().extract(
                new org.unionkg.article.Article("990_unit", 1, "标题", List.of(), new org.unionkg.article.Byline(List.of(), ""), body,
                        org.unionkg.article.ArticleKind.NEWS, 0, body.length()), null);
    }
}
