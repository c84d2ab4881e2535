package org.unionkg.extract;

import org.junit.jupiter.api.Test;
import org.unionkg.article.Article;
import org.unionkg.article.ArticleKind;
import org.unionkg.article.Byline;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Post titles of union and government news the lists lacked, names ended by a verb the boundary list does not hold,
 * and winners listed after their honour, on sentences written for the test (not from the seed or development pages).
 */
class TitlesAndWinnersTest {

    @Test
    void boardTitlesAndBodiesOfKindsTheSuffixListLacked() {
        ArticleFacts f = extract("会上，北京城建集团有限公司执行董事孙晓光，中国工商银行北京分行行长周涛，北京市第一幼儿园园长许静，"
                + "北京市劳动保护科学研究所研究员白雪出席。");
        FactAssertions.post(f, "孙晓光", "北京城建集团有限公司", "执行董事");
        FactAssertions.post(f, "周涛", "中国工商银行北京分行", "行长");
        FactAssertions.post(f, "许静", "北京市第一幼儿园", "园长");
        FactAssertions.post(f, "白雪", "北京市劳动保护科学研究所", "研究员");
        FactAssertions.org(f, "北京市第一幼儿园", "school");
    }

    @Test
    void aNameEndsAtAVerbTheBoundaryListDoesNotHold() {
        ArticleFacts f = extract("日前，北京市第一幼儿园举办培训。北京市第一幼儿园园长许静讲话，副园长刘东梅部署下一步工作。");
        FactAssertions.post(f, "许静", "北京市第一幼儿园", "园长");
        FactAssertions.person(f, "刘东梅");
        FactAssertions.notPerson(f, "刘东梅部");
    }

    @Test
    void aNameEndsBeforeItsDeOrABracket() {
        ArticleFacts f = extract("在北京市第一幼儿园副园长刘东梅的带领下，北京公交集团驾驶员孙宏（右）演示操作。");
        FactAssertions.post(f, "刘东梅", "北京市第一幼儿园", "副园长");
        FactAssertions.post(f, "孙宏", "北京公交集团", "驾驶员");
    }

    @Test
    void aClubEndingInADepartmentWordTakesNoBodyFromTheItemBefore() {
        ArticleFacts f = extract("北京天坛医院护士长马丽、首钢篮球俱乐部教练黄明参加。");
        FactAssertions.post(f, "马丽", "北京天坛医院", "护士长");
        assertTrue(f.posts().stream().noneMatch(p -> p.person().equals("黄明") && p.organization().equals("北京天坛医院")),
                f.posts()::toString);
    }

    @Test
    void winnersListedAfterTheHonourWithOrWithoutAColon() {
        ArticleFacts f = extract("近日，首都劳动奖章获得者名单公布：冯建国、陈雪梅、罗志强。");
        FactAssertions.award(f, "冯建国", "首都劳动奖章", 2025);
        FactAssertions.award(f, "罗志强", "首都劳动奖章", 2025);
        ArticleFacts g = extract("日前，2025年“北京大工匠”名单公布，获得者为赵海涛、钱秀兰、孙德胜。");
        FactAssertions.award(g, "赵海涛", "北京大工匠", 2025);
        FactAssertions.award(g, "孙德胜", "北京大工匠", 2025);
        ArticleFacts h = extract("日前，获评“北京大工匠”称号的职工有：马建军、周丽、黄伟。");
        FactAssertions.award(h, "周丽", "北京大工匠", 2025);
    }

    @Test
    void namesAfterAVerbOfGrantingOrAfterTheHonoursDeHoldIt() {
        ArticleFacts f = extract("大会授予赵海涛、钱秀兰等10名职工“北京大工匠”称号。");
        FactAssertions.award(f, "赵海涛", "北京大工匠", 2025);
        FactAssertions.award(f, "钱秀兰", "北京大工匠", 2025);
        ArticleFacts g = extract("会上，为获得首都劳动奖章的冯建国、陈雪梅颁发证书。");
        FactAssertions.award(g, "冯建国", "首都劳动奖章", null);
        FactAssertions.award(g, "陈雪梅", "首都劳动奖章", null);
        ArticleFacts h = extract("会上，北京燕京啤酒股份有限公司酿造车间主任马林被授予全国劳动模范称号。");
        FactAssertions.award(h, "马林", "全国劳动模范", 2025);
        FactAssertions.notPerson(h, "马林被");
    }

    @Test
    void winnersListedAfterTheHonourAndAWordForThem() {
        ArticleFacts f = extract("近日，丰台区10名职工获评“丰台工匠”，他们是：北京二七机车有限公司钳工刘刚、北京丰台医院护士长吴敏。");
        FactAssertions.award(f, "刘刚", "丰台工匠", 2025);
        FactAssertions.award(f, "吴敏", "丰台工匠", 2025);
        // nothing in the lead says the honour is conferred now: held, with no year
        ArticleFacts g = extract("首都劳动奖章获得者：北京公交集团驾驶员孙宏、北京市第二中学教师赵敏。");
        FactAssertions.award(g, "赵敏", "首都劳动奖章", null);
        ArticleFacts h = extract("本届“海淀工匠”共10人，分别是：北京精雕科技有限公司高级技师孟凡雷，北京市第二中学教师赵敏。");
        FactAssertions.award(h, "孟凡雷", "海淀工匠", null);
        FactAssertions.award(h, "赵敏", "海淀工匠", null);
        // without a verb of winning, a list after an honour's 的 is not of its holders
        ArticleFacts k = extract("宣讲首都劳动奖章的有：北京公交集团驾驶员孙宏、北京市第二中学教师赵敏。");
        assertTrue(k.awards().isEmpty(), k.awards()::toString);
    }

    @Test
    void aDistrictsHonourUnquotedRightAfterAVerbOfWinning() {
        ArticleFacts f = extract("会上，北京市第二中学教师赵敏获评昌平区劳动模范，北京公交集团驾驶员孙宏荣获2025年度门头沟区先进工作者称号。");
        FactAssertions.award(f, "赵敏", "昌平区劳动模范", 2025);
        FactAssertions.award(f, "孙宏", "门头沟区先进工作者", 2025);
        // without the verb, the words name a meeting, not an honour held
        ArticleFacts g = extract("昌平区劳动模范表彰大会召开，北京市第二中学教师赵敏参加。");
        assertTrue(g.awards().isEmpty(), g.awards()::toString);
    }

    @Test
    void anHonourInQuotesRightBeforeAName() {
        ArticleFacts f = extract("新当选的“北京大工匠”赵海涛说，荣誉是动力。");
        FactAssertions.award(f, "赵海涛", "北京大工匠", null);
    }

    @Test
    void aHolderNamedAfterTheHonourIsNoList() {
        // one holder described after the honour, then another person: only the holder holds it
        ArticleFacts f = extract("“北京大工匠”获得者赵海涛与北京燕京啤酒股份有限公司总经理李明交流经验。");
        FactAssertions.award(f, "赵海涛", "北京大工匠", null);
        assertTrue(f.awards().stream().noneMatch(a -> a.awardee().equals("李明")), f.awards()::toString);
    }

    private static ArticleFacts extract(String body) {
        Article a = new Article("991_titles", 1, "标题", List.of(), new Byline(List.of(), ""), body, ArticleKind.NEWS, 0,
                body.length());
        return SharedExtractor.extractor().extract(a, ArticleFixtures.META_2025);
    }
}
