package org.unionkg.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Venues read from how they are written: a place and a plain noun after 在 (在某街道文体中心举办), a sentence's scene
 * (在某街道公交场站，…), a quantifier that ends the name (在某新城一处工地), a park's district branch; and a framed body
 * that the text says organises (承办) is an organisation, not a venue.
 */
class VenueFramesTest {

    @Test
    void aPlaceAndAPlainNounInTheFrameAreOneVenue() {
        ArticleFacts f = extract("近日，望京街道总工会在望京街道文体中心举办职工乒乓球赛。");
        FactAssertions.place(f, "望京街道文体中心", "venue", "望京街道");
        // a place and an adverb are no venue
        ArticleFacts g = extract("近日，延庆区总工会在延庆区广泛开展职工读书活动。");
        assertTrue(g.places().values().stream().noneMatch(p -> p.kind().equals("venue")), g.places()::toString);
    }

    @Test
    void aSentenceOpeningWithInAPlacedNameAndACommaNamesItsScene() {
        ArticleFacts f = extract("12月上旬，丰台区总工会开展送温暖活动。在宛平街道公交场站，区总工会为驾驶员送上慰问品。");
        FactAssertions.place(f, "宛平街道公交场站", "venue", "宛平街道");
        // without a place to open it, a sentence's 在…， is no venue (在此次活动中，…)
        ArticleFacts g = extract("12月上旬，丰台区总工会开展送温暖活动。在寒冷天气里，区总工会为驾驶员送上慰问品。");
        assertTrue(g.places().values().stream().noneMatch(p -> p.kind().equals("venue")), g.places()::toString);
    }

    @Test
    void aQuantifierEndsTheFramedName() {
        ArticleFacts f = extract("近日，大兴区总工会在亦庄新城一处建筑工地开展安全宣讲。");
        FactAssertions.place(f, "亦庄新城", "venue", null);
        assertFalse(f.places().keySet().stream().anyMatch(p -> p.contains("工地")), f.places().keySet()::toString);
    }

    @Test
    void aBodyThatOrganisesStaysAnOrganisationWhereItAlsoHosts() {
        ArticleFacts f = extract("11月5日，由北京市园林绿化工会主办、北京市八达岭林场承办的林业职工技能竞赛在北京市八达岭林场举行。");
        assertTrue(f.orgs().containsKey("北京市八达岭林场"), f.orgs().keySet()::toString);
        assertFalse(f.places().containsKey("北京市八达岭林场"));
        ArticleFacts g = extract("11月5日，北京市园林绿化工会林业职工技能竞赛在北京市八达岭林场举行。");
        FactAssertions.place(g, "北京市八达岭林场", "venue", null);
    }

    @Test
    void aParksDistrictBranchIsOneVenue() {
        ArticleFacts f = extract("近日，海淀区总工会组织医护志愿者走进中关村科技园区海淀园，为企业职工义诊。");
        assertTrue(f.places().containsKey("中关村科技园区海淀园"), f.places().keySet()::toString);
        assertFalse(f.places().containsKey("中关村科技园区"));
    }

    @Test
    void aQuotedNameBeforeASchemesWordIsNoVenue() {
        ArticleFacts f = extract("近日，朝阳区总工会介绍了“暖心驿站”联盟建设的做法。");
        assertFalse(f.places().containsKey("暖心驿站"), f.places().keySet()::toString);
        ArticleFacts g = extract("近日，快递员来到“暖心驿站”休息。");
        assertTrue(g.places().containsKey("暖心驿站"), g.places().keySet()::toString);
    }

    @Test
    void aRoomOfTheSiteEndsTheFramedName() {
        ArticleFacts f = extract("近日，航运安全讲座在Q5候船楼多功能厅举行。");
        FactAssertions.place(f, "Q5候船楼", "venue", null);
        assertFalse(f.places().keySet().stream().anyMatch(p -> p.contains("多功能厅")), f.places().keySet()::toString);
        // a committee's meeting room is no venue: the common noun left before the room names none
        ArticleFacts g = extract("近日，某某镇总工会在村委会会议室举办助学金发放仪式。");
        assertTrue(g.places().keySet().stream().noneMatch(p -> p.startsWith("村委会")), g.places().keySet()::toString);
    }

    @Test
    void newHeadWordsMakeVenuesOfSitesAfterAPlace() {
        ArticleFacts f = extract("近日，通州区总工会走进通州区运河数字商务区，为一线职工送去清凉。");
        assertTrue(f.places().containsKey("通州区运河数字商务区"), f.places().keySet()::toString);
        ArticleFacts g = extract("近日，技能竞赛在北京市大兴区职业技能公共实训基地举行。");
        assertTrue(g.places().keySet().stream().anyMatch(p -> p.endsWith("大兴区职业技能公共实训基地")), g.places().keySet()::toString);
    }

    @Test
    void aModifierEndingInDeMayStandBetweenZaiAndTheName() {
        ArticleFacts f = extract("近日，某某机车厂工会在位于长阳镇的长阳2049文创谷举办职工运动会。");
        assertTrue(f.places().containsKey("长阳2049文创谷"), f.places().keySet()::toString);
        assertFalse(f.places().keySet().stream().anyMatch(p -> p.startsWith("位于")), f.places().keySet()::toString);
        // a common noun after the modifier is no venue
        ArticleFacts g = extract("近日，某某街道总工会在辖区内的物流企业开展普法宣传。");
        assertTrue(g.places().values().stream().noneMatch(p -> p.kind().equals("venue")), g.places()::toString);
    }

    @Test
    void aQuotedNameAfterAQuantifierIsAKindNotAVenue() {
        ArticleFacts f = extract("近日，区总工会表示，下一步将在商务楼宇集中的区域再布局一批“暖心驿站”。");
        assertFalse(f.places().containsKey("暖心驿站"), f.places().keySet()::toString);
    }

    private static ArticleFacts extract(String body) {
        return SharedExtractor.extractor().extract(
                new org.unionkg.article.Article("990_unit", 1, "标题", List.of(), new org.unionkg.article.Byline(List.of(), ""), body,
                        org.unionkg.article.ArticleKind.NEWS, 0, body.length()), null);
    }
}
