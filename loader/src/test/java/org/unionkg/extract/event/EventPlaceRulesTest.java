package org.unionkg.extract.event;

import org.junit.jupiter.api.Test;
import org.unionkg.extract.MentionType;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.unionkg.extract.event.Events.canonicals;
import static org.unionkg.extract.event.Events.main;

/**
 * Where an event took place, per GUIDELINES (events, places): a body visited is the place unless a venue is named for
 * the event; a headline's 到/在/走进 + district or town; a sentence opening 在<name>，; a list joined by 和.
 */
class EventPlaceRulesTest {

    @Test
    void aVisitThatNamesOnlyTheHostHasTheHostAsItsPlace() {
        EventFact e = main(Fixture.of("990_placerules00001", 1, "顺义区总工会调研企业民主管理工作",
                "近日，顺义区总工会一行来到北京星河食品有限公司，就企业民主管理工作进行调研。",
                new Fixture.Spec(MentionType.UNION, "顺义区总工会", "顺义区总工会"),
                new Fixture.Spec(MentionType.ORGANIZATION, "北京星河食品有限公司", "北京星河食品有限公司")));
        assertEquals(List.of("北京星河食品有限公司"), canonicals(e.places()));
    }

    @Test
    void aVenueNamedForTheVisitWinsOverTheHostBody() {
        EventFact e = main(Fixture.of("990_placerules00001", 2, "延庆区两镇工会交流工作",
                "近日，张山营镇总工会一行来到康庄镇总工会，参观了康庄镇职工服务中心，双方就镇级工会建设进行交流。",
                new Fixture.Spec(MentionType.UNION, "张山营镇总工会", "延庆区张山营镇总工会"),
                new Fixture.Spec(MentionType.UNION, "康庄镇总工会", "延庆区康庄镇总工会"),
                new Fixture.Spec(MentionType.VENUE, "康庄镇职工服务中心", "康庄镇职工服务中心")));
        assertEquals(List.of("康庄镇职工服务中心"), canonicals(e.places()));
    }

    @Test
    void aHeadlineThatGoesToADistrictOrTownNamesAPlace() {
        EventFact e = main(Fixture.of("990_placerules00001", 3, "市总工会到怀柔区调研职工疗休养工作",
                "近日，北京市总工会调研组一行来到雁栖湖畔的职工疗休养基地，了解疗休养服务情况。",
                new Fixture.Spec(MentionType.UNION, "北京市总工会", "北京市总工会")));
        assertEquals(List.of("怀柔区"), canonicals(e.places()));
        EventFact town = main(Fixture.of("990_placerules00001", 4, "职工篮球联赛在雁栖镇开赛",
                "近日，怀柔区职工篮球联赛开赛，12支队伍参赛。"));
        assertEquals(List.of("雁栖镇"), canonicals(town.places()));
    }

    @Test
    void aDistrictThatOpensABodysNameInTheHeadlineIsNoPlace() {
        EventFact e = main(Fixture.of("990_placerules00001", 5, "丰台区总工会到东城区总工会交流",
                "近日，丰台区总工会一行来到东城区总工会交流工作。",
                new Fixture.Spec(MentionType.UNION, "丰台区总工会", "丰台区总工会"),
                new Fixture.Spec(MentionType.UNION, "东城区总工会", "东城区总工会")));
        assertEquals(List.of("东城区总工会"), canonicals(e.places())); // the host, from the body; not 东城区
        EventFact got = main(Fixture.of("990_placerules00001", 6, "朝阳区总工会受到表彰", "近日，朝阳区总工会受到表彰。",
                new Fixture.Spec(MentionType.UNION, "朝阳区总工会", "朝阳区总工会")));
        assertEquals(List.of(), canonicals(got.places())); // 受到 is no 到
    }

    @Test
    void aSentenceOpeningWithInAndANameSetsAStopOfTheEvent() {
        EventFact e = main(Fixture.of("990_placerules00001", 7, "区总工会开展送温暖活动",
                "12月上旬，通州区总工会开展送温暖活动，看望一线职工。\n"
                        + "在北京运河物业服务有限公司，区总工会为保洁员送上棉衣。",
                new Fixture.Spec(MentionType.UNION, "通州区总工会", "通州区总工会"),
                new Fixture.Spec(MentionType.ORGANIZATION, "北京运河物业服务有限公司", "北京运河物业服务有限公司")));
        assertEquals(List.of("北京运河物业服务有限公司"), canonicals(e.places()));
    }

    @Test
    void aListJoinedByHeTakesTheMarkerOfItsFirstName() {
        EventFact e = main(Fixture.of("990_placerules00001", 8, "外省市工会代表团来京交流",
                "近日，某省总工会代表团来京交流。\n代表团还参观了北京星河电子有限公司和朝阳区工人文化宫。",
                new Fixture.Spec(MentionType.ORGANIZATION, "北京星河电子有限公司", "北京星河电子有限公司"),
                new Fixture.Spec(MentionType.VENUE, "朝阳区工人文化宫", "朝阳区工人文化宫")));
        assertEquals(List.of("北京星河电子有限公司", "朝阳区工人文化宫"), canonicals(e.places()));
    }

    @Test
    void aModifierBetweenTheMarkerAndTheNameKeepsTheMarkerAndIsOnlyAnAddress() {
        EventFact e = main(Fixture.of("990_placerules00001", 9, "区总工会举办职工趣味运动会",
                "近日，延庆区总工会在位于康庄镇的妫水湖体育中心举办职工趣味运动会。",
                new Fixture.Spec(MentionType.UNION, "延庆区总工会", "延庆区总工会"),
                new Fixture.Spec(MentionType.PLACE, "康庄镇", "康庄镇"),
                new Fixture.Spec(MentionType.VENUE, "妫水湖体育中心", "妫水湖体育中心")));
        assertEquals(List.of("妫水湖体育中心"), canonicals(e.places()));
        EventFact park = main(Fixture.of("990_placerules00001", 10, "街道职工健步走",
                "10月上旬，某某街道总工会在辖区内的青年湖公园举办职工健步走。",
                new Fixture.Spec(MentionType.VENUE, "青年湖公园", "青年湖公园")));
        assertEquals(List.of("青年湖公园"), canonicals(park.places()));
        // a town written with 的 before the site is the site's address, not a second place
        EventFact site = main(Fixture.of("990_placerules00001", 11, "法律服务进园区",
                "近日，某某区人民法院工会走进马坊镇的北京东方物流园，为货车司机开展普法宣传。",
                new Fixture.Spec(MentionType.PLACE, "马坊镇", "马坊镇"),
                new Fixture.Spec(MentionType.VENUE, "北京东方物流园", "北京东方物流园")));
        assertEquals(List.of("北京东方物流园"), canonicals(site.places()));
    }

    @Test
    void aLaterSentencesVenueAfterAModifierIsAPlaceOfTheEvent() {
        EventFact e = main(Fixture.of("990_placerules00001", 12, "区焊工技能竞赛决赛落幕",
                "近日，某区焊工职业技能竞赛决赛落幕。\n本次决赛设在位于王村镇的某区职业技能实训基地，分理论和实操两部分。",
                new Fixture.Spec(MentionType.PLACE, "王村镇", "王村镇"),
                new Fixture.Spec(MentionType.VENUE, "某区职业技能实训基地", "某区职业技能实训基地")));
        assertEquals(List.of("某区职业技能实训基地"), canonicals(e.places()));
    }

    @Test
    void aListedSiteAfterAModifierTakesTheListsMarker() {
        EventFact e = main(Fixture.of("990_placerules00001", 13, "外省工会来京交流",
                "近日，某省总工会代表团来京交流。\n代表团走访了北京星河电子有限公司和位于马坊镇的青山生态示范园。",
                new Fixture.Spec(MentionType.ORGANIZATION, "北京星河电子有限公司", "北京星河电子有限公司"),
                new Fixture.Spec(MentionType.PLACE, "马坊镇", "马坊镇"),
                new Fixture.Spec(MentionType.VENUE, "青山生态示范园", "青山生态示范园")));
        assertEquals(List.of("北京星河电子有限公司", "青山生态示范园"), canonicals(e.places()));
    }

    @Test
    void aBodysSiteWrittenAfterItsNameIsThePlaceNotTheBody() {
        EventFact e = main(Fixture.of("990_placerules00001", 14, "市总工会调研新就业形态工作",
                "近日，北京市总工会调研组到通州区调研。\n随后，调研组来到北京星河网络科技有限公司（以下简称“星河”）位于运河商务区的办公区，听取工会工作介绍。",
                new Fixture.Spec(MentionType.UNION, "北京市总工会", "北京市总工会"),
                new Fixture.Spec(MentionType.PLACE, "通州区", "通州区"),
                new Fixture.Spec(MentionType.ORGANIZATION, "北京星河网络科技有限公司", "北京星河网络科技有限公司"),
                new Fixture.Spec(MentionType.VENUE, "运河商务区", "运河商务区")));
        assertEquals(List.of("通州区", "运河商务区"), canonicals(e.places()));
    }

    @Test
    void aUnionVisitedLaterGivesWayToAVenueButACompanyVisitedStays() {
        EventFact e = main(Fixture.of("990_placerules00001", 15, "外省工会来京交流",
                "近日，某省总工会代表团来京交流。\n代表团走访了怀柔区杨宋镇总工会和位于杨宋镇的星河影视产业园。",
                new Fixture.Spec(MentionType.UNION, "怀柔区杨宋镇总工会", "怀柔区杨宋镇总工会"),
                new Fixture.Spec(MentionType.PLACE, "杨宋镇", "杨宋镇"),
                new Fixture.Spec(MentionType.VENUE, "星河影视产业园", "星河影视产业园")));
        assertEquals(List.of("星河影视产业园"), canonicals(e.places()));
        EventFact visit = main(Fixture.of("990_placerules00001", 16, "市总工会调研新就业形态工作",
                "近日，北京市总工会调研组一行来到星河街道暖心驿站调研。\n调研组还走访了北京星河快递有限公司。",
                new Fixture.Spec(MentionType.UNION, "北京市总工会", "北京市总工会"),
                new Fixture.Spec(MentionType.VENUE, "星河街道暖心驿站", "星河街道暖心驿站"),
                new Fixture.Spec(MentionType.ORGANIZATION, "北京星河快递有限公司", "北京星河快递有限公司")));
        assertEquals(List.of("星河街道暖心驿站", "北京星河快递有限公司"), canonicals(visit.places()));
    }

    @Test
    void aRoomAVillageKeepsMakesTheVillageThePlace() {
        EventFact e = main(Fixture.of("990_placerules00001", 17, "某某镇“金秋助学”送到村",
                "8月下旬，怀柔区杨宋镇总工会联合东王庄村在村委会会议室开展“金秋助学”活动。",
                new Fixture.Spec(MentionType.UNION, "怀柔区杨宋镇总工会", "怀柔区杨宋镇总工会"),
                new Fixture.Spec(MentionType.ORGANIZATION, "东王庄村", "东王庄村")));
        assertEquals(List.of("东王庄村"), canonicals(e.places()));
        assertEquals(List.of("怀柔区杨宋镇总工会", "东王庄村"), canonicals(e.organisers()));
        EventFact community = main(Fixture.of("990_placerules00001", 18, "职工家庭做月饼",
                "中秋节前夕，某某街道总工会联合星河南里社区在社区党群服务中心开展亲子活动。",
                new Fixture.Spec(MentionType.PLACE, "星河南里社区", "星河南里社区")));
        assertEquals(List.of("星河南里社区"), canonicals(community.places()));
        // no village or community named before the room: no place
        EventFact none = main(Fixture.of("990_placerules00001", 19, "助学活动",
                "8月下旬，某某镇总工会在村委会会议室开展助学活动。"));
        assertEquals(List.of(), canonicals(none.places()));
    }

    @Test
    void aLaterSentenceThatSaysWhereTheEventIsNamesItsPlace() {
        EventFact e = main(Fixture.of("990_placerules00001", 20, "区总工会举办职工篮球赛",
                "近日，怀柔区总工会举办职工篮球赛，16支队伍参赛。\n比赛地点位于怀柔区雁栖镇，历时三天。",
                new Fixture.Spec(MentionType.UNION, "怀柔区总工会", "怀柔区总工会"),
                new Fixture.Spec(MentionType.PLACE, "怀柔区雁栖镇", "雁栖镇")));
        assertEquals(List.of("雁栖镇"), canonicals(e.places()));
    }

    @Test
    void aBodyTheHeadlineGoesToIsTheHostAndAVenueStillWins() {
        EventFact e = main(Fixture.of("990_placerules00001", 21, "劳模讲堂开进星河医院",
                "近日，星河医院工会举办“劳模讲堂”，邀请劳模与星河医院青年医护人员面对面交流。",
                new Fixture.Spec(MentionType.UNION, "星河医院工会", "星河医院工会"),
                new Fixture.Spec(MentionType.ORGANIZATION, "星河医院", "星河医院")));
        assertEquals(List.of("星河医院"), canonicals(e.places()));
        EventFact venue = main(Fixture.of("990_placerules00001", 22, "劳模讲堂开进星河医院",
                "近日，星河医院工会在星河医院学术报告中心举办“劳模讲堂”，星河医院青年医护人员参加。",
                new Fixture.Spec(MentionType.UNION, "星河医院工会", "星河医院工会"),
                new Fixture.Spec(MentionType.VENUE, "星河医院学术报告中心", "星河医院学术报告中心"),
                new Fixture.Spec(MentionType.ORGANIZATION, "星河医院", "星河医院")));
        assertEquals(List.of("星河医院学术报告中心"), canonicals(venue.places()));
    }

    @Test
    void aLaterSentenceWithZaiANameAndAVerbOfHoldingNamesThePlace() {
        EventFact e = main(Fixture.of("990_placerules00001", 23, "区教育工会举办青年教师基本功展示",
                "近日，某区教育工会举办青年教师教学基本功展示活动。\n决赛在北京市星河中学举行，北京市星河中学校长致辞。",
                new Fixture.Spec(MentionType.ORGANIZATION, "北京市星河中学", "北京市星河中学")));
        assertEquals(List.of("北京市星河中学"), canonicals(e.places()));
        // 在 and a body without a verb of holding is no place (在北京市星河中学的支持下)
        EventFact none = main(Fixture.of("990_placerules00001", 24, "区教育工会举办青年教师基本功展示",
                "近日，某区教育工会举办青年教师教学基本功展示活动。\n活动在北京市星河中学的支持下顺利完成。",
                new Fixture.Spec(MentionType.ORGANIZATION, "北京市星河中学", "北京市星河中学")));
        assertEquals(List.of(), canonicals(none.places()));
    }
}
