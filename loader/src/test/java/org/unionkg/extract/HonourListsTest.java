package org.unionkg.extract;

import org.junit.jupiter.api.Test;
import org.unionkg.article.Article;
import org.unionkg.article.ArticleKind;
import org.unionkg.article.Byline;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Winners and holders of honours in the shapes award articles use beyond 获得/荣获 (lists after 名单如下：, names with
 * their employer in brackets, studios named after masters, 等…获得者, collective honours going to bodies, an honour that
 * describes a name after 、), and the people such lists name, each on sentences written for the test (not taken from
 * the seed or development pages).
 */
class HonourListsTest {

    @Test
    void aListAfterTheHonourAndAColonNamesItsWinnersWithTheirEmployersInBrackets() {
        ArticleFacts f = extract("通州区第二届“通州工匠”名单揭晓", "本报讯 近日，通州区总工会发布第二届“通州工匠”选树结果。\n"
                + "第二届“通州工匠”名单如下：张一帆（北京京能电力股份有限公司）、王若溪（北京潞河医院）、"
                + "李长顺（北京公共交通控股（集团）有限公司）。\n"
                + "通州区自2019年起开展“通州工匠”选树。");
        for (String name : List.of("张一帆", "王若溪", "李长顺")) {
            FactAssertions.person(f, name);
            // the lead reports the naming: the page year, not the year the honour began (2019)
            FactAssertions.award(f, name, "通州工匠", 2025);
        }
    }

    @Test
    void winnersCountedBeforeTheColonAfterAVerbOfWinning() {
        ArticleFacts f = extract("平谷区命名“平谷工匠”", "本报讯 日前，平谷区命名第一届“平谷工匠”。"
                + "获评第一届“平谷工匠”的3人是：赵东川（北京京能电力股份有限公司检修班组长）、刘晓雯（北京市平谷区医院护士长）、"
                + "陈立功（北京平谷燃气有限公司焊工）。");
        FactAssertions.award(f, "赵东川", "平谷工匠", 2025);
        FactAssertions.award(f, "刘晓雯", "平谷工匠", 2025);
        FactAssertions.award(f, "陈立功", "平谷工匠", 2025);
    }

    @Test
    void aStudioOfAListGoesToTheMasterItIsNamedAfter() {
        ArticleFacts f = extract("通州区首批技能大师工作室授牌", "本报讯 近日，通州区总工会为首批技能大师工作室授牌。"
                + "首批“通州区技能大师工作室”为：杨德明技能大师工作室、吴佳音技能大师工作室和周宏技能大师工作室。");
        FactAssertions.award(f, "杨德明", "通州区技能大师工作室", 2025);
        FactAssertions.award(f, "吴佳音", "通州区技能大师工作室", 2025);
        FactAssertions.award(f, "周宏", "通州区技能大师工作室", 2025);
    }

    @Test
    void namesListedBeforeDengAndTheHoldersOfTheHonourHoldIt() {
        ArticleFacts f = extract("颁章大会召开", "本报讯 会上，对荣获2025年首都劳动奖章的个人进行表彰。"
                + "北京京能电力股份有限公司检修车间高级技师黄立本，北京市平谷区医院急诊科护士长周雅琳等首都劳动奖章获得者代表上台领奖。");
        FactAssertions.award(f, "黄立本", "首都劳动奖章", 2025);
        FactAssertions.award(f, "周雅琳", "首都劳动奖章", 2025);
    }

    @Test
    void aCollectiveHonourGoesToEveryBodyOfItsListAndToNoPerson() {
        ArticleFacts f = extract("表彰大会召开", "本报讯 会上，区总工会副主席张一帆宣读表彰决定。"
                + "北京京能电力股份有限公司、北京市平谷区医院等8个集体获评“北京市工人先锋号”。");
        FactAssertions.award(f, "北京京能电力股份有限公司", "北京市工人先锋号", 2025);
        FactAssertions.award(f, "北京市平谷区医院", "北京市工人先锋号", 2025);
        assertTrue(f.awards().stream().noneMatch(a -> a.awardee().equals("张一帆")), f.awards()::toString);
    }

    @Test
    void aCollectiveHonourHeldFromBeforeGoesToTheBodyNamedAfterIt() {
        ArticleFacts f = extract("劳动竞赛启动", "本报讯 启动仪式上，曾获评2024年北京市模范集体的北京京能电力股份有限公司作表态发言。");
        FactAssertions.award(f, "北京京能电力股份有限公司", "北京市模范集体", 2024);
    }

    @Test
    void anHonourThatOpensItsClauseDescribesTheNameAfterItsPosts() {
        ArticleFacts f = extract("劳模讲堂开讲", "本报讯 讲堂上，2024年全国劳动模范、北京市平谷区医院骨科主任医师吴振邦讲述了从医经历；"
                + "北京市先进工作者、该院药剂科主任周若兰分享了工作体会。");
        FactAssertions.award(f, "吴振邦", "全国劳动模范", 2024);
        FactAssertions.award(f, "周若兰", "北京市先进工作者", null);
    }

    @Test
    void aContestPlaceOrAFutureNominationIsNoAward() {
        ArticleFacts f = extract("电工技能竞赛落幕", "本报讯 经过角逐，北京京能电力股份有限公司的张一帆、北京平谷燃气有限公司的王若溪"
                + "和北京市平谷区医院的李长顺分获前三名。获得前10名的选手将按程序推荐申报“平谷工匠”。");
        FactAssertions.person(f, "张一帆");
        FactAssertions.person(f, "王若溪");
        FactAssertions.person(f, "李长顺");
        assertTrue(f.awards().isEmpty(), f.awards()::toString);
    }

    @Test
    void peopleInListsAndAfterTitlesThatTheRulesForSpeakersMissed() {
        ArticleFacts f = extract("座谈会召开", "本报讯 区总工会副主席赵东川、刘晓雯，区总工会经费审查委员会主任陈立功参加会议。"
                + "骑手代表孙海洋讲述了入会经过。"
                + "该公司董事长杨德明宣布开幕。今年考入北京理工大学的吴佳音说，助学金帮了大忙。"
                + "让职工感受到党和政府的关怀、工会组织的温暖。");
        for (String name : List.of("赵东川", "刘晓雯", "陈立功", "孙海洋", "杨德明", "吴佳音")) {
            FactAssertions.person(f, name);
        }
        assertFalse(f.persons().contains("关怀") || f.persons().contains("温暖"), f.persons()::toString);
    }

    @Test
    void aNounAfterATitleIsNoNameWhenItIsJoinedToAnotherThingOrOpensWithAVerb() {
        ArticleFacts f = extract("调研", "本报讯 调研组参观了青年教师公寓和职工健身中心，了解“青年教师成长营”的开展情况。");
        assertTrue(f.persons().isEmpty(), f.persons()::toString);
    }

    private static ArticleFacts extract(String headline, String body) {
        Article a = new Article("994_honours", 1, headline, List.of(), new Byline(List.of(), ""), body, ArticleKind.NEWS, 0,
                body.length());
        return SharedExtractor.extractor().extract(a, ArticleFixtures.META_2025);
    }
}
