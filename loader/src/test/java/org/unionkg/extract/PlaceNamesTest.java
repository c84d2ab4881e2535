package org.unionkg.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What names say about where: place facts, a body's seat, a venue's town, places written inside names. */
class PlaceNamesTest {
    private static final PlaceNames PLACES = new PlaceNames(Lexicon.standard());

    @Test
    void aSubdistrictBringsItsDistrict() {
        assertEquals(List.of(new PlaceFact("朝阳区", "district", null), new PlaceFact("东湖街道", "subdistrict", "朝阳区")),
                PLACES.factsOf("东湖街道"));
        assertEquals(List.of(new PlaceFact("平谷区", "district", null)), PLACES.factsOf("平谷区"));
    }

    @Test
    void anOutsidePlaceBringsThePlacesItLiesIn() {
        assertEquals(List.of(new PlaceFact("武清区", "district", "天津市"), new PlaceFact("天津市", "city", null)),
                PLACES.factsOf("武清区"));
        assertEquals(List.of(), PLACES.factsOf("幸福小区"));
    }

    @Test
    void aBodysSeatIsTheDistrictItsNameOpensWithElseItsTown() {
        assertEquals("丰台区", PLACES.seatAtStart("北京市丰台区卢沟桥医院"));
        assertEquals("丰台区", PLACES.seatAtStart("丰台卢沟桥医院"));
        assertEquals("杨宋镇", PLACES.seatAtStart("杨宋镇社区卫生服务中心"));
        assertEquals("崔各庄地区", PLACES.seatAtStart("崔各庄第三小学")); // the stem stands for the area
        assertNull(PLACES.seatAtStart("北京星河电子有限公司"));
    }

    @Test
    void aVenueLiesInTheTownItsNameOpensWithElseItsDistrict() {
        assertEquals("鲁谷街道", PLACES.venueWithin("石景山区鲁谷街道职工驿站"));
        assertEquals("金海湖镇", PLACES.venueWithin("金海湖镇职工健身中心")); // listed as 金海湖地区, named as written
        assertEquals("怀柔区", PLACES.venueWithin("怀柔区青少年活动中心"));
        assertNull(PLACES.venueWithin("星河体育馆"));
    }

    @Test
    void placesInsideANameButNotTheWholeName() {
        String text = "朝阳区东湖街道总工会组织职工参观。";
        Mention union = new Mention(MentionType.UNION, "朝阳区东湖街道总工会", "朝阳区东湖街道总工会", 0, 10);
        assertEquals(List.of(new Mention(MentionType.PLACE, "朝阳区", "朝阳区", 0, 3),
                new Mention(MentionType.PLACE, "东湖街道", "东湖街道", 3, 7)), PLACES.inside(text, union));
        Mention district = new Mention(MentionType.PLACE, "朝阳区", "朝阳区", 0, 3);
        assertEquals(List.of(), PLACES.inside(text, district));
    }
}
