package org.unionkg.extract;

import org.junit.jupiter.api.Test;
import org.unionkg.article.Article;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unionkg.extract.FactAssertions.alt;
import static org.unionkg.extract.FactAssertions.award;
import static org.unionkg.extract.FactAssertions.mention;
import static org.unionkg.extract.FactAssertions.notPerson;
import static org.unionkg.extract.FactAssertions.org;
import static org.unionkg.extract.FactAssertions.person;
import static org.unionkg.extract.FactAssertions.place;
import static org.unionkg.extract.FactAssertions.post;
import static org.unionkg.extract.FactAssertions.union;

/** Per-article expectations on the seed articles (cut by hand into fixtures): hand-checked facts, subset semantics. */
class ArticleExtractorTest {
    private static final String P0 = "000_8c79aeed4abb6d7c-";
    private static final String P1 = "001_807a0e5f213dd034-";
    private static final String P2 = "002_5e55d61621466464-";
    private static final String P3 = "003_ba22a2eb888b9f8c-";
    private static final String P4 = "004_983e73bff6a30a31-";

    private static ArticleFacts facts(String id) {
        return SharedExtractor.facts(id);
    }

    @Test
    void inspectionInDongcheng() {
        ArticleFacts f = facts(P0 + "01");
        post(f, "刘军", "北京市人大社会委员会", "工作机构副主任"); // a department: the post is in its body
        post(f, "蒋文云", "北京市总工会", "党组成员、副主席");
        org(f, "北京市人大常委会", "legislature"); // its 执法检查组 is a department, not a body of its own
        assertFalse(f.orgs().containsKey("北京市人大常委会执法检查组"));
        place(f, "北京东方嘉诚文化产业发展有限公司", "venue", null); // only the site the inspectors came to
        union(f, "东城区总工会", "北京市总工会", "district");
        union(f, "东城区安定门街道总工会", "东城区总工会", "subdistrict");
        union(f, "北京京诚集团工会", null, "enterprise");
        assertEquals("北京京诚集团", f.org("北京京诚集团工会").employer());
        union(f, "中关村科技园区东城园工会");
        union(f, "北京市总工会", "中华全国总工会", "municipal");
        place(f, "安定门街道", "subdistrict", "东城区");
        for (String falseName : List.of("区人社", "东城园", "京诚")) {
            notPerson(f, falseName);
        }
        assertTrue(f.orgs().keySet().stream().noneMatch(n -> n.equals("东城区工会")), "东城区工会工作 names no body");
    }

    @Test
    void hospitalUnionIsTheUnionOfTheHospital() {
        ArticleFacts f = facts(P0 + "02");
        union(f, "北京大学人民医院工会", null, "enterprise");
        assertEquals("北京大学人民医院", f.org("北京大学人民医院工会").employer());
        org(f, "北京大学人民医院", "hospital");
        mention(f, MentionType.ORGANIZATION, "北京大学人民医院");
        person(f, "习近平"); // 习近平总书记: named, so a person of the page (gold guidelines)
        for (String falseName : List.of("运史", "党话")) {
            notPerson(f, falseName);
        }
    }

    @Test
    void aliasAndStudio() {
        ArticleFacts f = facts(P0 + "04");
        org(f, "北方导航科技集团有限公司", "company");
        alt(f, "北方导航科技集团有限公司", "北方导航集团");
        union(f, "北方导航科技集团有限公司工会", null, "enterprise");
        alt(f, "北方导航科技集团有限公司工会", "北方导航集团工会");
        person(f, "姜峰");
        award(f, "姜峰", "国家级技能大师工作室", null);
        notPerson(f, "师带");
        assertEquals("北方导航科技集团有限公司", mention(f, MentionType.ORGANIZATION, "北方导航集团").canonical());
    }

    @Test
    void busGroupCompanyIsTheGroup() {
        ArticleFacts f = facts(P0 + "05");
        org(f, "北京公交集团", "company");
        alt(f, "北京公交集团", "北京公交集团公司");
        assertEquals("北京公交集团", f.org("北京公交集团工会").employer());
    }

    @Test
    void nursingContestWinner() {
        ArticleFacts f = facts(P0 + "06");
        union(f, "朝阳区总工会", "北京市总工会", "district");
        org(f, "朝阳区卫生健康委员会", "government");
        post(f, "陈文静", "崔各庄第二社区卫生服务中心", null);
        AwardFact a = award(f, "陈文静", "朝阳工匠", 2025);
        assertEquals("朝阳区总工会", a.conferredBy());
        notPerson(f, "崔各庄");
    }

    @Test
    void subdistrictUnionInChaoyang() {
        ArticleFacts f = facts(P0 + "07");
        union(f, "朝阳区东湖街道总工会", "朝阳区总工会", "subdistrict");
        alt(f, "朝阳区东湖街道总工会", "东湖街道总工会");
        place(f, "东湖街道", "subdistrict", "朝阳区");
        notPerson(f, "学作小");
        notPerson(f, "向新");
        assertEquals("朝阳区东湖街道总工会", mention(f, MentionType.UNION, "东湖街道总工会").canonical());
    }

    @Test
    void municipalLeadersVisitChaoyang() {
        ArticleFacts f = facts(P1 + "01");
        post(f, "张良", "北京市总工会", "党组书记、副主席");
        post(f, "朱文娇", "北京市总工会", "党组成员、副主席");
        alt(f, "北京市总工会", "市总工会");
        place(f, "朝阳区工人文化宫", "venue", "朝阳区");
        place(f, "798·751园区", "venue", null);
        org(f, "北京电子控股有限责任公司", "company");
    }

    @Test
    void speakersAfterLongNames() {
        ArticleFacts f = facts(P1 + "02");
        post(f, "张友良", "北京商务中心区国际发展集团有限公司工程建设分公司", "经理");
        post(f, "张建娜", "朝阳区环境卫生服务中心", "一队一分队馆长");
        post(f, "陈亮", "北京市京师律师事务所", "公共法律服务事务部主任");
        post(f, "郭天光", "北京握奇数据股份有限公司", "企业技术中心主任");
        post(f, "李雨聪", "北京市朝阳区人民检察院", "第七检察部四级高级检察官");
        assertFalse(f.orgs().containsKey("北京市朝阳区人民检察院第七检察部"));
        // a pool of experts is no body, and its 成员 no post
        assertTrue(f.posts().stream().noneMatch(p -> p.person().equals("李雨聪") && p.roleText() != null && p.roleText().endsWith("成员")));
        place(f, "北京市陈经纶中学", "venue", null); // only hosts the lecture: 在北京市陈经纶中学举办, 走进北京陈经纶中学
        assertFalse(f.orgs().containsKey("北京市陈经纶中学"));
        org(f, "北京市朝阳区人民检察院", "procuratorate");
        union(f, "朝阳区总工会", "北京市总工会", "district");
    }

    @Test
    void unionsOutsideBeijing() {
        ArticleFacts f = facts(P1 + "03");
        union(f, "通州区总工会", "北京市总工会", "district");
        union(f, "武清区总工会", null, "outside-beijing");
        union(f, "廊坊市总工会", null, "outside-beijing");
        assertEquals("武清区", f.org("武清区总工会").place());
        place(f, "廊坊市", "city", "河北省");
    }

    @Test
    void thatGroupsUnionIsTheWaterGroupsUnion() {
        ArticleFacts f = facts(P1 + "04");
        union(f, "北京市自来水集团工会", null, "enterprise");
        alt(f, "北京市自来水集团工会", "市自来水集团工会");
        assertEquals("北京市自来水集团", f.org("北京市自来水集团工会").employer());
        assertEquals("北京市自来水集团工会", mention(f, MentionType.UNION, "该集团工会").canonical());
    }

    @Test
    void townUnionAndItsShortForms() {
        ArticleFacts f = facts(P1 + "05");
        union(f, "平谷区东高村镇总工会", "平谷区总工会", "subdistrict");
        alt(f, "平谷区东高村镇总工会", "东高村镇总工会");
        union(f, "平谷区总工会", "北京市总工会", "district");
        place(f, "东高村镇", "subdistrict", "平谷区");
        assertEquals("平谷区东高村镇总工会", mention(f, MentionType.UNION, "镇总工会").canonical());
    }

    @Test
    void explicitParentUnion() {
        ArticleFacts f = facts(P1 + "06");
        union(f, "北京北亚中医医院工会", "北京市朝阳区医疗卫生工会", "enterprise");
        union(f, "北京市朝阳区医疗卫生工会", "朝阳区总工会", "industry");
        alt(f, "北京北亚中医医院工会", "北亚中医医院工会");
        org(f, "北京北亚中医医院", "hospital");
    }

    @Test
    void industryUnions() {
        ArticleFacts f = facts(P2 + "01");
        union(f, "北京市交通运输工会", "北京市总工会", "industry");
        post(f, "朱文娇", "北京市总工会", "党组成员、副主席");
        ArticleFacts g = facts(P2 + "02");
        union(g, "北京市政法卫生文化工会", "北京市总工会", "industry");
        ArticleFacts h = facts(P3 + "01");
        union(h, "北京市服务工会", "北京市总工会", "industry");
        alt(h, "北京市服务工会", "市服务工会");
        post(h, "赵丽君", "北京市总工会", "党组成员、副主席，一级巡视员");
        union(h, "FESCO外企工会联合会", null, "federation");
        alt(h, "中华全国总工会", "全国总工会");
        ArticleFacts k = facts(P4 + "05");
        union(k, "北京市工业（国防）工会", "北京市总工会", "industry");
        alt(k, "北京市工业（国防）工会", "市工业(国防)工会");
    }

    @Test
    void districtUnionFromTheArticlesDistrict() {
        ArticleFacts f = facts(P2 + "04");
        union(f, "延庆区总工会", "北京市总工会", "district");
        assertEquals("延庆区总工会", mention(f, MentionType.UNION, "区总工会").canonical());
        org(f, "北京市劳动人民文化宫", "other");
        ArticleFacts g = facts(P4 + "03");
        assertEquals("怀柔区总工会", mention(g, MentionType.UNION, "区总工会").canonical());
        post(g, "孙明月", "北京京北职业技术学院工会", "副主席");
        post(g, "周阳", "中国科学院大学", null); // 参赛教职工: a word of belonging, no post
        place(g, "怀柔区图书馆", "venue", "怀柔区");
    }

    @Test
    void areaUnionAndAFirstGenerationCraftsman() {
        ArticleFacts f = facts(P2 + "05");
        union(f, "朝阳区常营地区总工会", "朝阳区总工会", "subdistrict");
        assertEquals("朝阳区常营地区总工会", mention(f, MentionType.UNION, "地区总工会").canonical());
        post(f, "牛京刚", "朝阳区劲松职业高中", "中餐烹饪专业主任");
        award(f, "牛京刚", "朝阳工匠", null);
    }

    @Test
    void thatSchoolsUnion() {
        ArticleFacts f = facts(P2 + "06");
        union(f, "北京联合大学工会", null, "enterprise");
        assertEquals("北京联合大学工会", mention(f, MentionType.UNION, "该校工会").canonical());
        person(f, "祁春利");
    }

    @Test
    void kunmingAndJianwai() {
        ArticleFacts f = facts(P3 + "03");
        union(f, "昆明市西山区总工会", null, "outside-beijing");
        place(f, "西山区", "district", "昆明市");
        union(f, "朝阳区建外街道总工会", "朝阳区总工会", "subdistrict");
    }

    @Test
    void tenYichengCraftsmen() {
        ArticleFacts f = facts(P3 + "05");
        List<String> winners = List.of("张延明", "陈明霞", "黄仕启", "巩森", "樊晋", "王欣", "张森", "王冬", "芮守祯", "尹理才");
        for (String w : winners) {
            AwardFact a = award(f, w, "亦城工匠", 2025);
            assertEquals("北京经济技术开发区总工会", a.conferredBy());
        }
        assertEquals(winners.size(), f.awards().size(), () -> "only the ten: " + f.awards());
        union(f, "北京经济技术开发区总工会", "北京市总工会", "district");
        alt(f, "北京经济技术开发区总工会", "经开区总工会");
    }

    @Test
    void tongzhouModelWorkers() {
        ArticleFacts f = facts(P4 + "01");
        post(f, "张良", "北京市总工会", "党组书记、副主席");
        post(f, "孟景伟", "通州区委", "书记");
        post(f, "郑皓", "通州区委", "副书记");
        post(f, "郑皓", "通州区人民政府", "区长");
        post(f, "赵玉影", "通州区人大常委会", "主任");
        post(f, "甘静雯", "通州区梨园镇梨园社区卫生服务中心", "党支部书记、主任");
        post(f, "韩娜", "通州区沐泽社会工作事务所", "党支部书记");
        post(f, "赵建民", "通州区台湖镇人民政府", "农业农村办副主任");
        post(f, "李辰", "通州区人民检察院", "党组书记、检察长");
        award(f, "甘静雯", "全国先进工作者", 2025);
        award(f, "韩娜", "北京市劳动模范", 2025);
        award(f, "赵建民", "北京市先进工作者", 2025);
        AwardFact collective = award(f, "通州区人民检察院", "北京市模范集体", 2025);
        assertEquals(MentionType.ORGANIZATION, collective.awardeeType());
        place(f, "梨园镇", "subdistrict", "通州区");
        place(f, "台湖镇", "subdistrict", "通州区");
        org(f, "通州区人民检察院", "procuratorate");
        person(f, "习近平");
    }

    @Test
    void tokyoMetroUnion() {
        ArticleFacts f = facts(P4 + "02");
        union(f, "东京地下铁劳动组合", null, "foreign");
        assertEquals("东京", f.org("东京地下铁劳动组合").place());
        post(f, "野口实", "东京地下铁劳动组合", "执行委员长");
        post(f, "朱文娇", "北京市总工会", "党组成员、副主席");
        assertEquals(2, f.mentions(MentionType.PERSON).stream().filter(m -> m.text().equals("朱文娇")).count(),
                "every 朱文娇 in the body is a mention");
        assertEquals("北京市总工会", f.org("北京市总工会职工服务中心").parent());
        assertNull(f.org("东京地下铁劳动组合代表团交流工会"));
    }

    @Test
    void branchOfAStateGroupAndItsUnion() {
        ArticleFacts f = facts(P3 + "02");
        org(f, "中国长江三峡集团有限公司北京分公司", "company");
        assertEquals("中国长江三峡集团有限公司", f.org("中国长江三峡集团有限公司北京分公司").parent());
        assertEquals("中国长江三峡集团有限公司北京分公司", f.org("中国长江三峡集团有限公司北京分公司工会").employer());
        assertEquals("北京市总工会", f.org("北京市总工会职工服务中心").parent());
        assertNull(f.org("首都工会"), "首都工会 are Beijing's unions, not one body");
    }

    @Test
    void moreSubdistrictUnionsAndEmployers() {
        union(facts(P4 + "06"), "朝阳区奥运村街道总工会", "朝阳区总工会", "subdistrict");
        ArticleFacts f = facts(P4 + "07");
        union(f, "丰台区玉泉营街道总工会", "丰台区总工会", "subdistrict");
        org(f, "花乡花卉专科医院", "hospital");
        assertEquals("北京建工资源公司", facts(P4 + "04").org("北京建工资源公司工会").employer());
        assertEquals("北京排水集团", facts(P2 + "03").org("北京排水集团工会").employer());
        ArticleFacts g = facts(P0 + "06");
        assertEquals("崔各庄地区", g.org("崔各庄第二社区卫生服务中心").place());
        place(g, "崔各庄地区", "subdistrict", "朝阳区");
        assertNull(g.org("朝阳区直属医院"), "直属医院 are hospitals under the district, not one body");
    }

    @Test
    void fragmentsYieldNothing() {
        for (String body : List.of("", "。", "工会", "区总工会", "该集团工会", "（以下简称“X”）工会", "主席张", "获得者分别是：", "北京市")) {
            ArticleFacts f = SharedExtractor.extractor().extract(ArticleFixtures.of("edge_x-01", body, List.of(), body), null);
            assertTrue(f.mentions().isEmpty() && f.posts().isEmpty(), () -> "[" + body + "] gave " + f.mentions());
        }
    }

    @Test
    void aWholeUnsplitPageStillYieldsItsPosts() throws java.io.IOException {
        java.nio.file.Path page = java.nio.file.Path.of(System.getProperty("basedir", "."), "..", "seeds", "004_983e73bff6a30a31.txt");
        ArticleFacts f = SharedExtractor.extractor().extract(
                ArticleFixtures.of("page_x-01", "", List.of(), java.nio.file.Files.readString(page)), null);
        post(f, "张良", "北京市总工会", "党组书记、副主席");
        post(f, "野口实", "东京地下铁劳动组合", "执行委员长");
        post(f, "孙明月", "北京京北职业技术学院工会", "副主席");
        award(f, "通州区人民检察院", "北京市模范集体", 2025); // the year is printed in the text; no page meta here
    }

    @Test
    void mentionsAreInTheBodyAndDoNotCross() {
        for (String id : List.of(P0 + "01", P1 + "02", P4 + "01")) {
            Article a = ArticleFixtures.article(id);
            ArticleFacts f = SharedExtractor.extractor().extract(a, ArticleFixtures.META_2025);
            for (Mention m : f.mentions()) {
                assertEquals(m.text(), a.body().substring(m.start(), m.end()), "offsets of " + m);
                for (Mention n : f.mentions()) {
                    boolean cross = m.start() < n.start() && n.start() < m.end() && m.end() < n.end();
                    assertTrue(!cross, m + " crosses " + n);
                }
            }
        }
    }
}
