package org.unionkg.extract;

import org.junit.jupiter.api.Test;
import org.unionkg.article.Article;
import org.unionkg.article.ArticleKind;
import org.unionkg.article.Byline;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rules that recognise things by their shape rather than by a list, each on a sentence written for the test (not
 * taken from the seed or development pages): post titles (title-shapes.tsv), honours (honour-shapes.tsv), venues
 * by common head words, towns within their district, and places outside Beijing.
 */
class PatternShapesTest {
    private static final TitleShapes SHAPES = Lexicon.standard().titleShapes();

    @Test
    void aTitleIsModifiersThenAHead() {
        assertEquals("常务副主席", SHAPES.endingAt("区总工会常务副主席", 9, 0));
        assertEquals("首席技师", SHAPES.endingAt("公司首席技师", 6, 0));
        assertEquals("主治医师", SHAPES.endingAt("医院主治医师", 6, 0));
        assertTrue(SHAPES.isTitle("资深工程师"));
        assertFalse(SHAPES.isTitle("工程"));
        assertNull(SHAPES.endingAt("推动发展", 4, 0));
        assertTrue(SHAPES.isUnit("检修部"));
        assertFalse(SHAPES.isUnit("部"), "a unit word alone names no unit");
    }

    @Test
    void aPersonAfterATitleOfThatShapeHoldsThePost() {
        ArticleFacts f = extract("近日，朝阳区总工会党组书记、常务副主席孙立平陪同调研组走访了辖区企业。");
        FactAssertions.post(f, "孙立平", "朝阳区总工会", "党组书记、常务副主席");
        ArticleFacts g = extract("北京京丰热电有限责任公司检修部主管工程师何立军为职工讲解了设备维护要点。");
        FactAssertions.post(g, "何立军", "北京京丰热电有限责任公司", "检修部主管工程师");
    }

    @Test
    void wordsBetweenTheBodyAndTheTitleBelongToTheRoleText() {
        ArticleFacts f = extract("比赛中，北京市第八十中学数学教师吴晓燕获得一等奖。");
        FactAssertions.post(f, "吴晓燕", "北京市第八十中学", "数学教师");
    }

    @Test
    void aTitleKnownOnlyByItsShapeNeedsANamedBody() {
        ArticleFacts f = extract("经过激烈角逐，青年技工陈立新获得一等奖。");
        FactAssertions.person(f, "陈立新");
        assertTrue(f.posts().stream().noneMatch(p -> p.person().equals("陈立新")), f.posts()::toString);
    }

    @Test
    void workersAndDelegatesAreNoTitles() {
        ArticleFacts f = extract("会议围绕职工文艺创作、职工权益保障等工作进行交流，劳模代表发言。");
        FactAssertions.notPerson(f, "文艺创");
        FactAssertions.notPerson(f, "权益");
        assertEquals(List.of(), f.persons());
    }

    @Test
    void anHonourOfAPlaceIsFoundByItsShapeAndItsListedWinnersHoldIt() {
        ArticleFacts f = extract("近日，顺义区总工会命名表彰第二届“顺义工匠”。此次获评“顺义工匠”的分别是："
                + "北京汽车股份有限公司高级技师杨建华、北京顺鑫农业股份有限公司化验员高红霞。");
        FactAssertions.mention(f, MentionType.HONOUR, "顺义工匠");
        FactAssertions.award(f, "杨建华", "顺义工匠", 2025);
        FactAssertions.award(f, "高红霞", "顺义工匠", 2025);
    }

    @Test
    void theHolderNamedRightAfterAnHonourHoldsIt() {
        ArticleFacts f = extract("活动中，2019年“北京大工匠”获得者傅建军为青年职工作了操作示范。");
        FactAssertions.person(f, "傅建军");
        FactAssertions.award(f, "傅建军", "北京大工匠", 2019);
        // an honour held from before: no page year unless one is printed
        ArticleFacts g = extract("座谈会上，荣获“全国劳动模范”称号的阎立华讲述了自己的成长经历。");
        FactAssertions.person(g, "阎立华");
        FactAssertions.award(g, "阎立华", "全国劳动模范", null);
    }

    @Test
    void aPlaceAndAnHonourWordOfTheSchemeMakeAnHonour() {
        ArticleFacts f = extract("会上，荣获“海淀能手”称号的赖晓东介绍了技术革新经验。");
        FactAssertions.award(f, "赖晓东", "海淀能手", null);
    }

    @Test
    void aCommonVenueWordMakesAVenueAfterAPlaceOrInQuotes() {
        ArticleFacts f = extract("近日，怀柔区总工会组织志愿者走进杨宋镇敬老院，为老人们表演节目。");
        FactAssertions.place(f, "杨宋镇敬老院", "venue", "杨宋镇");
        ArticleFacts g = extract("调研组来到西城区德胜街道“红墙驿站”，了解户外劳动者的需求。");
        FactAssertions.mention(g, MentionType.VENUE, "红墙驿站");
        ArticleFacts h = extract("职工之家设有阅览室、健身房、24小时爱心驿站等功能室。");
        assertTrue(h.places().keySet().stream().noneMatch(p -> p.endsWith("驿站")), h.places().keySet()::toString);
    }

    @Test
    void aTownIsNamedAsWrittenWithinItsDistrict() {
        // the list has 孙河地区; the text writes the town
        ArticleFacts f = extract("近日，朝阳区孙河镇总工会举办职工健步走活动。");
        FactAssertions.union(f, "朝阳区孙河镇总工会", "朝阳区总工会", "subdistrict");
        FactAssertions.place(f, "孙河镇", "subdistrict", "朝阳区");
        FactAssertions.mention(f, MentionType.PLACE, "孙河镇");
        ArticleFacts g = extract("近日，朝阳区孙河镇总工会在孙河镇职工服务中心举办职工书画展。");
        FactAssertions.place(g, "孙河镇职工服务中心", "venue", "孙河镇");
    }

    @Test
    void aCityOrDistrictOutsideBeijingIsFoundByItsShapeAfterAKnownPlace() {
        ArticleFacts f = extract("近日，河北省三河市总工会一行来到通州区总工会，双方座谈。三河市总工会相关负责人表示感谢。");
        OrgFact union = FactAssertions.union(f, "三河市总工会");
        assertEquals("outside-beijing", union.level());
        assertEquals("三河市", union.place());
        assertTrue(union.altLabels().contains("河北省三河市总工会"), union.altLabels()::toString);
        FactAssertions.place(f, "三河市", "city", "河北省");
        assertTrue(f.mentions(MentionType.PLACE).stream().noneMatch(m -> m.text().equals("河北省")),
                "a province is an address, not a place of the article");
        ArticleFacts g = extract("近日，天津市宝坻区总工会一行来访。");
        FactAssertions.place(g, "宝坻区", "district", "天津市");
        FactAssertions.mention(g, MentionType.PLACE, "宝坻区");
    }

    @Test
    void everyNameOfAListEndingInDengWinsTheHonourAfterIt() {
        ArticleFacts f = extract("近日，延庆区总工会开展第二届“延庆工匠”选树活动，北京燕山水泥有限公司维修车间高级技师邓国华、"
                + "延庆区医院检验科主任韦淑芬、北京八达岭旅游有限公司导游班班长莫晓东等8名职工获评“延庆工匠”称号。");
        FactAssertions.award(f, "邓国华", "延庆工匠", 2025);
        FactAssertions.award(f, "韦淑芬", "延庆工匠", 2025);
        FactAssertions.award(f, "莫晓东", "延庆工匠", 2025);
    }

    @Test
    void aHolderDescribedAfterTheHonourHoldsItAndNoEarlierName() {
        ArticleFacts f = extract("活动中，全国劳动模范、北京燕山水泥有限公司维修车间主任邓国华，首都劳动奖章获得者、"
                + "延庆区医院检验科主任医师韦淑芬，2023年获评“北京大工匠”称号的北京八达岭旅游有限公司高级工程师莫晓东作了发言。");
        FactAssertions.award(f, "邓国华", "全国劳动模范", null);
        FactAssertions.award(f, "韦淑芬", "首都劳动奖章", null);
        FactAssertions.award(f, "莫晓东", "北京大工匠", 2023);
        assertTrue(f.awards().stream().noneMatch(a -> a.awardee().equals("邓国华") && a.honour().equals("北京大工匠")),
                f.awards()::toString);
        ArticleFacts g = extract("评审专家、首都劳动奖章获得者孔令华介绍了评审情况。");
        FactAssertions.person(g, "孔令华");
        FactAssertions.award(g, "孔令华", "首都劳动奖章", null);
    }

    @Test
    void aNationalConfederationOfLabourAbroadIsAForeignUnion() {
        ArticleFacts f = extract("近日，老挝劳动总联合会副主席坎平率代表团来京，与北京市总工会进行交流座谈。");
        OrgFact union = FactAssertions.union(f, "老挝劳动总联合会");
        assertEquals("foreign", union.level());
    }

    @Test
    void aBrandWordBeforeThePlaceOpensTheCompanysName() {
        ArticleFacts f = extract("近日，国网北京市延庆供电公司工会举办技能比武。");
        FactAssertions.union(f, "国网北京市延庆供电公司工会");
    }

    @Test
    void venueHeadsOfCentresAfterAPlaceMakeVenues() {
        ArticleFacts f = extract("5月9日，延庆区总工会在延庆区全民健身中心举办职工健步走活动。");
        FactAssertions.place(f, "延庆区全民健身中心", "venue", "延庆区");
        ArticleFacts g = extract("近日，延庆区工作推进会在延庆区会议中心召开。");
        FactAssertions.place(g, "延庆区会议中心", "venue", "延庆区");
        ArticleFacts h = extract("近日，延庆区总工会在延庆区职工服务中心举办书画展。");
        FactAssertions.place(h, "延庆区职工服务中心", "venue", "延庆区");
        ArticleFacts k = extract("近日，北京市总工会职工服务中心开展法律咨询活动。");
        assertTrue(k.places().keySet().stream().noneMatch(p -> p.endsWith("服务中心")), k.places().keySet()::toString);
    }

    @Test
    void aJudgesGradedTitleIsATitleByItsShape() {
        ArticleFacts f = extract("会上，延庆区人民法院三级高级法官顾文娟通报了案件审理情况。");
        FactAssertions.person(f, "顾文娟");
        assertTrue(f.posts().stream().anyMatch(p -> p.person().equals("顾文娟") && p.organization().equals("延庆区人民法院")
                && p.roleText().equals("三级高级法官")), f.posts()::toString);
    }

    @Test
    void anAddressChainAfterAKnownProvinceNamesItsCityCountyAndTown() {
        ArticleFacts f = extract("10月中旬，延庆区总工会一行赴河北省张家口市赤城县龙关镇，看望当地困难职工。");
        FactAssertions.place(f, "张家口市", "city", null);
        FactAssertions.place(f, "赤城县", "district", "张家口市");
        FactAssertions.place(f, "龙关镇", "town", "赤城县");
        FactAssertions.mention(f, MentionType.PLACE, "龙关镇");
        assertTrue(f.mentions(MentionType.PLACE).stream().noneMatch(m -> m.canonical().equals("河北省")),
                "a province is an address, not a place of the article");
        ArticleFacts g = extract("天津市举办区域职工技能大赛。");
        assertTrue(g.places().keySet().stream().noneMatch(p -> p.endsWith("区") && !p.equals("天津市")),
                g.places().keySet()::toString);
    }

    @Test
    void aSchoolThatOnlyHostsIsAVenue() {
        ArticleFacts f = extract("11月5日，延庆区总工会组织劳模宣讲团走进北京市延庆职业学校，为师生作宣讲。");
        FactAssertions.place(f, "北京市延庆职业学校", "venue", "延庆区");
    }

    @Test
    void aDeputyDistrictHeadAfterTheDistrictHoldsAPostInItsGovernment() {
        ArticleFacts f = extract("近日，延庆区根治欠薪工作推进会召开。延庆区副区长欧阳明出席会议并讲话。");
        FactAssertions.post(f, "欧阳明", "延庆区人民政府", "副区长");
    }

    @Test
    void aVerbOfFeelingOpensNoUnionName() {
        ArticleFacts f = extract("让职工群众切实感受到工会组织的温暖。");
        assertTrue(f.orgs().keySet().stream().noneMatch(n -> n.contains("感受")), f.orgs().keySet()::toString);
    }

    @Test
    void aNameSaidToBeATitleHolderHoldsThePost() {
        ArticleFacts f = extract("会上，相关负责人通报了情况。欧阳明是北京燕山水泥有限公司维修车间主任，他介绍了检修工作情况。");
        FactAssertions.person(f, "欧阳明");
        FactAssertions.post(f, "欧阳明", "北京燕山水泥有限公司", "维修车间主任");
    }

    @Test
    void aCollectiveHonourOnceWonGoesToTheBodyWithoutTheYear() {
        ArticleFacts f = extract("据悉，北京燕山水泥有限公司曾获评北京市模范集体。");
        FactAssertions.award(f, "北京燕山水泥有限公司", "北京市模范集体", null);
    }

    @Test
    void moreVenueHeadsAfterAPlace() {
        ArticleFacts f = extract("9月6日，延庆区总工会在延庆区妫川公园举办职工健步走活动。");
        FactAssertions.place(f, "延庆区妫川公园", "venue", "延庆区");
        ArticleFacts g = extract("近日，延庆区总工会在延庆区文化馆举办职工书画展。");
        FactAssertions.place(g, "延庆区文化馆", "venue", "延庆区");
    }

    @Test
    void occupationalTitlesByShapeAndVerbsThatCloseAName() {
        ArticleFacts f = extract("活动中，北京燕山公交客运有限公司司机韦志成向乘客发放宣传册。");
        FactAssertions.person(f, "韦志成");
        FactAssertions.post(f, "韦志成", "北京燕山公交客运有限公司", "司机");
    }

    @Test
    void honoursWrittenRightBeforeANameAreHeld() {
        ArticleFacts f = extract("座谈会上，全国劳动模范、北京大工匠韦志成介绍了经验。");
        FactAssertions.person(f, "韦志成");
        FactAssertions.award(f, "韦志成", "全国劳动模范", null);
        FactAssertions.award(f, "韦志成", "北京大工匠", null);
        ArticleFacts g = extract("活动现场播放了北京市模范集体宣传片。");
        assertEquals(List.of(), g.persons());
    }

    @Test
    void everyNameOfAListRightBeforeTheVerbWinsTheHonour() {
        ArticleFacts f = extract("近日，北京燕山水泥有限公司高级技师韦志成、延庆区医院护士长莫淑芬获得首都劳动奖章。");
        FactAssertions.award(f, "韦志成", "首都劳动奖章", 2025);
        FactAssertions.award(f, "莫淑芬", "首都劳动奖章", 2025);
        ArticleFacts g = extract("会上，韦志成陪同莫淑芬获得的首都劳动奖章展示给职工。");
        assertTrue(g.awards().stream().noneMatch(a -> a.awardee().equals("韦志成")), g.awards()::toString);
    }

    @Test
    void departmentsOfCourtsHospitalsAndAgenciesAreNoOrganisations() {
        ArticleFacts f = extract("会上，延庆区人民法院执行局副局长欧阳明介绍了执行工作情况。");
        FactAssertions.post(f, "欧阳明", "延庆区人民法院", "执行局副局长");
        assertTrue(f.orgs().keySet().stream().noneMatch(n -> n.endsWith("执行局")), f.orgs().keySet()::toString);
        ArticleFacts g = extract("5月12日，延庆区医院护理部组织护士开展应急救护培训，护理部主任韦淑芬授课。");
        assertTrue(g.orgs().keySet().stream().noneMatch(n -> n.endsWith("护理部")), g.orgs().keySet()::toString);
    }

    private static ArticleFacts extract(String body) {
        Article a = new Article("991_shapes", 1, "标题", List.of(), new Byline(List.of(), ""), body, ArticleKind.NEWS, 0,
                body.length());
        return SharedExtractor.extractor().extract(a, ArticleFixtures.META_2025);
    }
}
