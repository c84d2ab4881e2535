package org.unionkg.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Unions of another province named by their county or county-level city alone, no province before them
 * ({@link CountyNames}, {@code county-endings.tsv}): level outside-beijing, the county a place the article names.
 */
class CountyUnionsTest {

    @Test
    void aCountyLevelCityAnAutonomousCountyAndACountyAreUnionsOutsideBeijing() {
        ArticleFacts f = extract("近日，顺义区总工会与霸州市总工会、孟村回族自治县总工会、围场满族蒙古族自治县总工会签订合作协议。");
        FactAssertions.union(f, "霸州市总工会", null, "outside-beijing");
        FactAssertions.union(f, "孟村回族自治县总工会", null, "outside-beijing");
        FactAssertions.union(f, "围场满族蒙古族自治县总工会", null, "outside-beijing");
        assertEquals("霸州市", f.org("霸州市总工会").place());
        FactAssertions.place(f, "霸州市", "city", null);
        FactAssertions.place(f, "孟村回族自治县", "district", null);
        assertTrue(placeMentions(f).containsAll(List.of("霸州市", "孟村回族自治县", "围场满族蒙古族自治县")), placeMentions(f)::toString);
        // 市总工会 inside 霸州市总工会 is not Beijing's municipal union
        assertTrue(f.mentions(MentionType.UNION).stream().noneMatch(m -> m.canonical().equals("北京市总工会")),
                f.mentions(MentionType.UNION)::toString);
    }

    @Test
    void aCitysDistrictNamesTheCityAndTheDistrictWithinIt() {
        ArticleFacts f = extract("唐山市丰南区总工会一行来到大兴区总工会交流。");
        FactAssertions.union(f, "唐山市丰南区总工会", null, "outside-beijing");
        FactAssertions.place(f, "唐山市", "city", null);
        FactAssertions.place(f, "丰南区", "district", "唐山市");
        assertTrue(placeMentions(f).containsAll(List.of("唐山市", "丰南区")), placeMentions(f)::toString);
    }

    @Test
    void phrasesAboutPlacesInGeneralAreNoCounty() {
        CountyNames counties = new CountyNames(Lexicon.standard());
        assertTrue(counties.read("各县").isEmpty());
        assertTrue(counties.read("全市").isEmpty());
        assertTrue(counties.read("本县").isEmpty());
        // one of Beijing's districts by an old name is no other province's place
        assertTrue(counties.read("密云县").isEmpty());
        // a 区 alone is no county-level place of its own shape; after a city it is
        assertTrue(counties.read("高新区").isEmpty());
        assertEquals(2, counties.read("沧州市运河区").orElseThrow().size());
        assertFalse(counties.read("沧县").isPresent(), "a one-character county is too short to tell from a phrase");
    }

    private static List<String> placeMentions(ArticleFacts f) {
        return f.mentions(MentionType.PLACE).stream().map(Mention::canonical).toList();
    }

    private static ArticleFacts extract(String body) {
        return SharedExtractor.extractor().extract(
                new org.unionkg.article.Article("990_unit", 1, "标题", List.of(), new org.unionkg.article.Byline(List.of(), ""), body,
                        org.unionkg.article.ArticleKind.NEWS, 0, body.length()), null);
    }
}
