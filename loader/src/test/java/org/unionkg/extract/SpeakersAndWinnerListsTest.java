package org.unionkg.extract;

import org.junit.jupiter.api.Test;
import org.unionkg.article.Article;
import org.unionkg.article.ArticleKind;
import org.unionkg.article.Byline;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * People introduced by what they do before they speak (快递员…说), and the winners of an award article's one honour
 * listed after 其中, each on sentences written for the test (not taken from the seed or development pages).
 */
class SpeakersAndWinnerListsTest {

    @Test
    void aRoleWordBeforeANameAndAVerbOfSpeechMarksAPersonWithoutAPost() {
        ArticleFacts f = extract("标题", "“驿站冬暖夏凉，歇脚很方便。”外卖骑手郝建军说。参训职工苏晓梅表示，课程很实用。"
                + "环卫工人邱立群告诉记者，新发的手套很暖和。");
        FactAssertions.person(f, "郝建军");
        FactAssertions.person(f, "苏晓梅");
        FactAssertions.person(f, "邱立群");
        // the role word names no body: no post, not even a bare affiliation
        assertTrue(f.posts().stream().noneMatch(p -> List.of("郝建军", "苏晓梅", "邱立群").contains(p.person())),
                f.posts()::toString);
    }

    @Test
    void aRoleWordNeedsANameAndAVerbOfSpeechRightAfterIt() {
        ArticleFacts f = extract("标题", "环卫工人高兴地说，工会想着我们。快递员们表示感谢。参训职工周末说起培训仍很兴奋。"
                + "外卖骑手王府井送餐忙。");
        assertTrue(f.persons().isEmpty(), f.persons()::toString);
    }

    /** An award article in the usual shape: the honour up front, the winners one by one after 其中. */
    private static final String AWARD_BODY = "本报讯 日前，顺义区总工会举办2025年首都劳动奖章颁章仪式，为8名获奖职工颁发奖章。\n"
            + "获奖职工来自生产、教育、医疗一线。其中，唐振华，北京燕山石化有限公司检修车间主任，多年扎根一线；"
            + "欧阳青，北京市第八十中学数学教师，坚守讲台三十年。";

    @Test
    void theWinnersListedAfterTheOneHonourOfAnAwardArticleHoldIt() {
        ArticleFacts f = extract("顺义区为8名首都劳动奖章获得者颁章", AWARD_BODY);
        FactAssertions.award(f, "唐振华", "首都劳动奖章", 2025);
        FactAssertions.award(f, "欧阳青", "首都劳动奖章", 2025);
        FactAssertions.post(f, "欧阳青", "北京市第八十中学", "数学教师");
    }

    @Test
    void theHonourMayBeNamedOnlyInTheHeadline() {
        ArticleFacts f = extract("顺义区为8名首都劳动奖章获得者颁章", "本报讯 日前，顺义区总工会举行颁章仪式。\n"
                + "受表彰的职工来自各行各业。其中，唐振华，北京燕山石化有限公司检修车间主任，多年扎根一线。");
        FactAssertions.award(f, "唐振华", "首都劳动奖章", 2025);
    }

    @Test
    void noWinnersWhenTheArticleNamesTwoHonoursOrTheListIsNotOfWinners() {
        // two honours: whose list it is stays open
        ArticleFacts f = extract("顺义区表彰首都劳动奖章和北京市劳动模范获得者", AWARD_BODY);
        assertTrue(f.awards().stream().noneMatch(a -> a.awardee().equals("唐振华")), f.awards()::toString);
        // the list after 其中 is of speakers, not winners
        ArticleFacts g = extract("顺义区为8名首都劳动奖章获得者颁章", "本报讯 日前，顺义区总工会举办2025年首都劳动奖章颁章仪式。\n"
                + "座谈会上，多名职工代表发言。其中，唐振华，北京燕山石化有限公司检修车间主任，介绍了班组经验。");
        assertTrue(g.awards().stream().noneMatch(a -> a.awardee().equals("唐振华")), g.awards()::toString);
        // the honour only further down: no award article
        ArticleFacts h = extract("顺义区总工会召开座谈会", "本报讯 日前，顺义区总工会召开职工座谈会。\n"
                + "获奖职工代表参加座谈。其中，唐振华，北京燕山石化有限公司检修车间主任，带出徒弟二十余人。\n"
                + "首都劳动奖章由北京市总工会颁发。");
        assertTrue(h.awards().isEmpty(), h.awards()::toString);
    }

    private static ArticleFacts extract(String headline, String body) {
        Article a = new Article("993_roles", 1, headline, List.of(), new Byline(List.of(), ""), body, ArticleKind.NEWS, 0,
                body.length());
        return SharedExtractor.extractor().extract(a, ArticleFixtures.META_2025);
    }
}
