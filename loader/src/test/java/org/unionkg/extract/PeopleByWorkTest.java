package org.unionkg.extract;

import org.junit.jupiter.api.Test;
import org.unionkg.article.Article;
import org.unionkg.article.ArticleKind;
import org.unionkg.article.Byline;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * People introduced by their work at an employer, names without a Chinese surname, winners listed bare with their
 * count, honours of a district's own coined name, and honours held from before said in other shapes; each on sentences
 * written for the test (not taken from the seed or development pages).
 */
class PeopleByWorkTest {

    @Test
    void aNameWithoutAChineseSurnameAfterAHeldTitleIsAPersonWithThePost() {
        ArticleFacts f = extract("座谈", "会上，全国劳动模范、内蒙古包头市总工会副主席乌日娜参加座谈。"
                + "新疆自治区总工会副主席艾尔肯·吐尔逊一行参观了展厅。");
        FactAssertions.person(f, "乌日娜");
        FactAssertions.post(f, "乌日娜", "包头市总工会", "副主席");
        FactAssertions.award(f, "乌日娜", "全国劳动模范", null);
        FactAssertions.person(f, "艾尔肯·吐尔逊");
    }

    @Test
    void aBareTitleOpeningItsClauseNamesNoOneWithoutASurname() {
        ArticleFacts f = extract("普法", "活动中，检察官以案释法，为职工答疑。60余名工会委员和职工代表参加培训。");
        assertTrue(f.persons().isEmpty(), f.persons()::toString);
    }

    @Test
    void namesJoinedByCommasAndClosedByTheirCountAllWinTheHonourAfterThem() {
        ArticleFacts f = extract("密云区命名第四届密云工匠", "经过三轮比拼，郁晓峰、龚思远、柯文涛等3名选手胜出，获评第四届“密云工匠”荣誉称号。");
        for (String name : List.of("郁晓峰", "龚思远", "柯文涛")) {
            FactAssertions.award(f, name, "密云工匠", 2025);
        }
        // a count after words that are not all names takes none of them
        ArticleFacts g = extract("标题", "活动围绕安全、环保、健康3个方面展开，经验、方法、技巧等5位讲师逐一讲解。");
        assertTrue(g.persons().isEmpty(), g.persons()::toString);
    }

    @Test
    void aDistrictsCoinedHonourInQuotesIsOneWhereTheTextSaysItIsWon() {
        ArticleFacts f = extract("延庆区表彰长城工匠", "本次获评“长城工匠”的分别是：北京八达岭旅游有限公司高级技师韩东升、"
                + "延庆区医院主管护师陶雪梅、北京长城饭店有限公司餐饮部行政总厨孔令杰。");
        FactAssertions.award(f, "韩东升", "长城工匠", 2025);
        FactAssertions.award(f, "陶雪梅", "长城工匠", 2025);
        FactAssertions.post(f, "陶雪梅", "延庆区医院", "主管护师");
        FactAssertions.post(f, "孔令杰", "北京长城饭店有限公司", "餐饮部行政总厨");
        // a quoted slogan with the same head is no honour
        ArticleFacts g = extract("标题", "活动现场，“奋斗工匠”宣传标语随处可见。");
        assertTrue(g.mentions().stream().noneMatch(m -> m.type() == MentionType.HONOUR), g.mentions()::toString);
    }

    @Test
    void winnersOfAListEachWrittenAfterTheirEmployerShareTheHonourTheyEachWon() {
        ArticleFacts f = extract("房山区工匠揭晓", "来自北京燕山石化有限公司的邬海涛、北京首钢股份有限公司的柯明远分获一、二等奖，"
                + "并被授予第二届“房山工匠”荣誉称号。");
        FactAssertions.award(f, "邬海涛", "房山工匠", 2025);
        FactAssertions.award(f, "柯明远", "房山工匠", 2025);
    }

    @Test
    void honoursListedFirstInAHoldersDescriptionAreAllHeld() {
        ArticleFacts f = extract("座谈", "会上，首都劳动奖章获得者、第二届“密云工匠”、北京密云水库管理处调度室主任欧阳岚代表获评者发言。");
        FactAssertions.award(f, "欧阳岚", "首都劳动奖章", null);
        FactAssertions.award(f, "欧阳岚", "密云工匠", null);
    }

    @Test
    void aYearDatesOnlyTheHonourItOpensNotAnotherOfItsFamily() {
        ArticleFacts f = extract("宣讲", "宣讲会上，2025年全国劳动模范、北京积水潭医院创伤骨科主任医师蒲海峰讲述了从医经历；"
                + "北京市劳动模范、北京首都旅游集团有限责任公司餐饮部行政总厨屈文博分享了学艺故事。");
        FactAssertions.award(f, "蒲海峰", "全国劳动模范", 2025);
        FactAssertions.award(f, "屈文博", "北京市劳动模范", null);
        FactAssertions.post(f, "蒲海峰", "北京积水潭医院", "创伤骨科主任医师");
        // a year before both honours of the family dates both
        ArticleFacts g = extract("表彰", "大兴区2025年全国劳动模范、北京市劳动模范表彰会召开。会上，北京市劳动模范、"
                + "北京首都旅游集团有限责任公司餐饮部行政总厨屈文博发言。");
        FactAssertions.award(g, "屈文博", "北京市劳动模范", 2025);
    }

    @Test
    void peopleIntroducedByTheirWorkBeforeTheyLectureOrVisit() {
        ArticleFacts f = extract("讲座", "讲座邀请北京师范大学教育学部副教授柯敏主讲。"
                + "朝阳区人民检察院第二检察部检察官秦雨桥走进企业讲解劳动法。");
        FactAssertions.post(f, "柯敏", "北京师范大学", "教育学部副教授");
        FactAssertions.post(f, "秦雨桥", "朝阳区人民检察院", "第二检察部检察官");
    }

    @Test
    void aNameSaidAfterDeShiIsDescribedByTheClauseAfterIt() {
        ArticleFacts f = extract("标题", "“能帮上大家，我很开心。”说这话的是龚雪莲，朝阳区双井街道社区卫生服务中心的一名护士。");
        FactAssertions.post(f, "龚雪莲", "朝阳区双井街道社区卫生服务中心", "护士");
    }

    @Test
    void aRoleWordBetweenABodyAndANameAfterLaiZi() {
        ArticleFacts f = extract("标题", "来自北京顺鑫农业股份有限公司的职工志愿者阎思琪现场为老人理发。");
        FactAssertions.person(f, "阎思琪");
        // a role word names no post
        assertFalse(f.posts().stream().anyMatch(p -> p.person().equals("阎思琪") && p.roleText() != null), f.posts()::toString);
    }

    @Test
    void aWorkerVisitedAtHomeIsNamedBetweenTheRoleWordAndTheHome() {
        ArticleFacts f = extract("慰问", "区总工会走访慰问困难职工邵明霞家中，送上慰问金。工作人员来到退休职工单国强家里看望。"
                + "困难职工家中冷暖牵动人心。");
        FactAssertions.person(f, "邵明霞");
        FactAssertions.person(f, "单国强");
        assertTrue(f.persons().size() == 2, f.persons()::toString);
    }

    @Test
    void aUnionNamedByItsLevelAloneIsNoEmployerOfItsOwn() {
        ArticleFacts f = extract("标题", "和田地区总工会党组成员、副主席李文涛，且末县委常委、县总工会主席买买提·艾力参加座谈。");
        assertNull(f.org("县总工会"), f.orgs().keySet()::toString);
        FactAssertions.post(f, "买买提·艾力", "且末县委", "常委");
    }

    @Test
    void aBareCompanyBeforeAUnitOfItRefersBackToTheCompanyNamedBefore() {
        ArticleFacts f = extract("运动会", "日前，北京京西重工有限公司工会举办职工运动会。"
                + "首都劳动奖章获得者、公司锻造车间高级技师汪振宇带领的代表队夺冠。公司职工踊跃参赛。");
        FactAssertions.post(f, "汪振宇", "北京京西重工有限公司", "锻造车间高级技师");
        assertNull(f.org("公司锻造车间"), f.orgs().keySet()::toString);
    }

    @Test
    void aBodysPostsClosedByACommaBeforeAnotherBodysPostsAreTheSamePersons() {
        ArticleFacts f = extract("义诊", "朝阳区人民法院党组成员、副院长，院工会主席祁海波表示，将持续关爱干警。");
        FactAssertions.post(f, "祁海波", "朝阳区人民法院", "党组成员、副院长");
        // two people, each named after their posts, keep their own
        ArticleFacts g = extract("座谈", "朝阳区总工会副主席孙立伟，朝阳区人力资源和社会保障局副局长鲍文杰出席。");
        FactAssertions.post(g, "鲍文杰", "朝阳区人力资源和社会保障局", "副局长");
        assertTrue(g.posts().stream().noneMatch(p -> p.person().equals("鲍文杰") && p.organization().equals("朝阳区总工会")),
                g.posts()::toString);
    }

    private static ArticleFacts extract(String headline, String body) {
        Article a = new Article("994_work", 1, headline, List.of(), new Byline(List.of(), ""), body, ArticleKind.NEWS, 0,
                body.length());
        return SharedExtractor.extractor().extract(a, ArticleFixtures.META_2025);
    }
}
