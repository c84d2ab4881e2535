package org.unionkg.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Places outside Beijing written as the leading part of a body's name (GUIDELINES, places): the city, county and
 * town of another province's union; the country of a foreign federation; never the province, which is an address.
 */
class OutsidePlacesTest {

    @Test
    void theAddressChainOfAnotherProvincesUnionGivesItsCityCountyAndTown() {
        ArticleFacts f = extract("近日，山东省潍坊市寿光县洛城镇总工会一行来到顺义区总工会交流。");
        FactAssertions.place(f, "潍坊市", "city", null);
        FactAssertions.place(f, "寿光县", "district", "潍坊市");
        FactAssertions.place(f, "洛城镇", "town", "寿光县");
        assertTrue(f.mentions(MentionType.PLACE).stream().anyMatch(m -> m.canonical().equals("洛城镇")));
        // the province is the address, not a place the article names
        assertTrue(f.mentions(MentionType.PLACE).stream().noneMatch(m -> m.canonical().equals("山东省")),
                f.mentions(MentionType.PLACE)::toString);
        // the union sits in its town, not in the province its name opens with
        OrgFact u = f.orgs().values().stream().filter(o -> o.name().endsWith("洛城镇总工会")).findFirst().orElseThrow();
        assertEquals("洛城镇", u.place());
    }

    @Test
    void aDistrictWrittenWithItsOwnEndingAfterACountyEndingIsOneName() {
        ArticleFacts f = extract("近日，湖南省衡阳市衡南县区总工会一行来访。");
        // an invented name of the shape (沙县 became 沙县区 so): the lazy shape would stop at 衡南县; the 区 belongs to it
        assertTrue(f.places().containsKey("衡南县区"), f.places().keySet()::toString);
    }

    @Test
    void aFourCharacterCityAndARegionsShortNameOpenTheChain() {
        ArticleFacts f = extract("近日，内蒙古自治区呼和浩特市赛罕区总工会一行来到通州区总工会交流。");
        FactAssertions.place(f, "呼和浩特市", "city", null);
        FactAssertions.place(f, "赛罕区", "district", "呼和浩特市");
        ArticleFacts g = extract("近日，新疆喀什地区疏附县总工会一行来到大兴区总工会交流。");
        assertTrue(g.places().containsKey("喀什地区"), g.places().keySet()::toString);
        FactAssertions.place(g, "疏附县", "district", "喀什地区");
        // the region itself stays an address
        assertTrue(g.mentions(MentionType.PLACE).stream().noneMatch(m -> m.canonical().startsWith("新疆")),
                g.mentions(MentionType.PLACE)::toString);
    }

    @Test
    void theUnionNamedAgainWithoutItsCityIsTheSameUnion() {
        ArticleFacts f = extract("近日，浙江省宁波市鄞州区总工会一行来到大兴区总工会交流。鄞州区总工会主席王海表示，将深化合作。");
        List<String> unions = f.mentions(MentionType.UNION).stream().map(Mention::canonical)
                .filter(c -> c.contains("鄞州区")).distinct().toList();
        assertEquals(1, unions.size(), unions::toString);
        assertTrue(f.org(unions.get(0)).altLabels().contains("鄞州区总工会"));
    }

    @Test
    void aForeignFederationNamesItsCountry() {
        ArticleFacts f = extract("近日，老挝劳动总联合会代表团来京交流。");
        assertTrue(f.mentions(MentionType.PLACE).stream().anyMatch(m -> m.canonical().equals("老挝")));
        assertFalse(f.orgs().containsKey("老挝"));
    }

    private static ArticleFacts extract(String body) {
        return SharedExtractor.extractor().extract(
                new org.unionkg.article.Article("990_unit", 1, "标题", List.of(), new org.unionkg.article.Byline(List.of(), ""), body,
                        org.unionkg.article.ArticleKind.NEWS, 0, body.length()), null);
    }
}
