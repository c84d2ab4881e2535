package org.unionkg.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A village whose name opens with a numeral (right after its town), the towns of a district the list now holds in
 * full, and a school named as the leading part of its campus's name.
 */
class VillagesAndCampusesTest {

    @Test
    void aVillageNameOpeningWithANumeralAfterItsTownIsAVillage() {
        ArticleFacts f = extract("全国劳动模范、房山区十渡镇六合村党支部书记王强讲述了经历。十渡镇3个村的干部参加。");
        FactAssertions.org(f, "六合村", "other");
        FactAssertions.post(f, "王强", "六合村", "党支部书记");
        // a count of villages is none
        assertTrue(f.orgs().keySet().stream().noneMatch(n -> n.contains("个村")), f.orgs().keySet()::toString);
    }

    @Test
    void aShunyiTownOfTheListOpensAVillagesAddress() {
        ArticleFacts f = extract("顺义区北石槽镇西赵各庄村党支部书记李红参加座谈。");
        FactAssertions.place(f, "北石槽镇", "subdistrict", "顺义区");
        FactAssertions.org(f, "西赵各庄村", "other");
    }

    @Test
    void aCampusIsAVenueAndItsSchoolABody() {
        ArticleFacts f = extract("调研组来到北京师范大学昌平校区，实地察看教职工之家。");
        FactAssertions.place(f, "北京师范大学昌平校区", "venue", null);
        FactAssertions.org(f, "北京师范大学", "school");
        assertFalse(f.orgs().containsKey("北京师范大学昌平校区"), f.orgs().keySet()::toString);
    }

    private static ArticleFacts extract(String body) {
        return SharedExtractor.extractor().extract(
                new org.unionkg.article.Article("990_unit", 1, "标题", List.of(), new org.unionkg.article.Byline(List.of(), ""), body,
                        org.unionkg.article.ArticleKind.NEWS, 0, body.length()), null);
    }
}
