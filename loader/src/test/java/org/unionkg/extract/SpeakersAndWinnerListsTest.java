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

    private static ArticleFacts extract(String headline, String body) {
        Article a = new Article("993_roles", 1, headline, List.of(), new Byline(List.of(), ""), body, ArticleKind.NEWS, 0,
                body.length());
        return SharedExtractor.extractor().extract(a, ArticleFixtures.META_2025);
    }
}
