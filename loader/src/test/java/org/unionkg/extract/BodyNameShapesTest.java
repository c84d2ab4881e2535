package org.unionkg.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shapes of body names the finders read whole: 和 inside a company's name, a district's hospital, an airport. */
class BodyNameShapesTest {

    @Test
    void 和InsideACompanysNameAfterItsPlaceIsPartOfTheName() {
        ArticleFacts f = extract("北京市劳动模范、北京福和轩餐饮有限公司厨师长张伟担任评委。调研组先后来到首都师范大学和北京顺义机械和电子有限公司，"
                + "与北京顺义机械和电子有限公司工会主席座谈。");
        FactAssertions.org(f, "北京福和轩餐饮有限公司", "company");
        FactAssertions.union(f, "北京顺义机械和电子有限公司工会", null, "enterprise");
        assertFalse(f.orgs().containsKey("轩餐饮有限公司"), f.orgs().keySet()::toString);
        assertFalse(f.orgs().containsKey("电子有限公司"), f.orgs().keySet()::toString);
    }

    @Test
    void 和AfterABodysOwnNameStillJoinsTwoBodies() {
        ArticleFacts f = extract("近日，北京市总工会和北京天河科技有限公司签约。");
        FactAssertions.org(f, "北京天河科技有限公司", "company");
        assertTrue(f.orgs().keySet().stream().noneMatch(n -> n.contains("和北京")), f.orgs().keySet()::toString);
    }

    @Test
    void aDistrictsOwnHospitalAndACompanysUnionWithAnyWordsBeforeItsLegalForm() {
        ArticleFacts f = extract("近日，房山区医院工会组织职工参观。北京市建设工会、中铁六局集团建设开发有限公司工会走进工地。");
        FactAssertions.union(f, "房山区医院工会", null, "enterprise");
        FactAssertions.org(f, "房山区医院", "hospital");
        FactAssertions.union(f, "中铁六局集团建设开发有限公司工会", null, "enterprise");
    }

    @Test
    void anAirportIsABody() {
        ArticleFacts f = extract("日前，天津滨海国际机场工会举办培训班。");
        FactAssertions.union(f, "天津滨海国际机场工会", null, "enterprise");
        FactAssertions.org(f, "天津滨海国际机场", "company");
    }

    @Test
    void aNationalAgencyOpensItsBeijingOfficesNameAndIsABodyOfItsOwn() {
        ArticleFacts f = extract("近日，国家税务总局北京市海淀区税务局工会开展专题学习。海淀区税务局工会主席王强领学。");
        FactAssertions.org(f, "国家税务总局", "government");
        FactAssertions.org(f, "国家税务总局北京市海淀区税务局", "government");
        FactAssertions.union(f, "国家税务总局北京市海淀区税务局工会", null, "enterprise");
        // the office named again without the agency and the city is the same body, and so is its union
        assertFalse(f.orgs().containsKey("海淀区税务局工会"), f.orgs().keySet()::toString);
        // a company's branch does not name its parent (GUIDELINES: only where the text names it alone)
        ArticleFacts g = extract("国网北京市电力公司朝阳供电公司承办了竞赛。");
        assertFalse(g.orgs().containsKey("国网北京市电力公司"), g.orgs().keySet()::toString);
    }

    private static ArticleFacts extract(String body) {
        return SharedExtractor.extractor().extract(
                new org.unionkg.article.Article("990_unit", 1, "标题", List.of(), new org.unionkg.article.Byline(List.of(), ""), body,
                        org.unionkg.article.ArticleKind.NEWS, 0, body.length()), null);
    }
}
