package org.unionkg.extract;

import org.junit.jupiter.api.Test;
import org.unionkg.article.Article;
import org.unionkg.article.ArticleKind;
import org.unionkg.article.Byline;

import java.util.List;

/**
 * Lists of people in shapes the winners' rules did not read: a count and a quoted honour before 是：, names in
 * brackets right after an honour, names joined before 分别当选, and names with no Chinese surname (transliterated
 * with ·, or Mongolian names the segmenter reads as one name) among them. Sentences written for the test.
 */
class NameListsTest {

    @Test
    void aCountAndAQuotedHonourBeforeShiOpenAListWithEmployersInBrackets() {
        ArticleFacts f = extract("怀柔区命名第二届“怀柔工匠”", "本报讯 近日，怀柔区总工会举行命名活动。"
                + "获得命名的4名“怀柔工匠”是：申建明（北京怀柔食品有限公司）、阿依古丽·买买提（怀柔区医院）、"
                + "欧阳志远（北京雁栖电子有限公司）和钱小雨（北京怀柔自来水有限公司）。");
        for (String n : List.of("申建明", "阿依古丽·买买提", "欧阳志远", "钱小雨")) {
            FactAssertions.person(f, n);
        }
    }

    @Test
    void namesInBracketsAfterAnHonourAreItsHolders() {
        ArticleFacts f = extract("工匠进校园", "本报讯 日前，由3名“亦城工匠”（梁启航、图雅、吴佩瑶）组成的宣讲团走进校园。");
        FactAssertions.person(f, "梁启航");
        FactAssertions.person(f, "吴佩瑶");
        FactAssertions.person(f, "图雅");
        // brackets after a word that is no honour hold no names
        ArticleFacts g = extract("标题", "本报讯 日前，“职工书屋”（阅览室、活动室）正式开放。");
        FactAssertions.notPerson(g, "阅览室");
    }

    @Test
    void namesJoinedBeforeFenbieDangxuanAreElected() {
        ArticleFacts f = extract("某公司工会成立", "本报讯 大会选举产生了北京顺和物流有限公司工会第一届委员会。"
                + "唐国庆、巴雅尔分别当选工会主席、副主席。");
        FactAssertions.person(f, "唐国庆");
        FactAssertions.person(f, "巴雅尔");
        // items that are no names: nothing is taken
        ArticleFacts g = extract("标题", "本报讯 技术部、财务部分别当选先进集体。");
        FactAssertions.notPerson(g, "技术部");
    }

    @Test
    void aTransliteratedNameEndsAWinnersItemAfterItsTitle() {
        ArticleFacts f = extract("技能大赛决赛举行", "本报讯 经过角逐，各工种第一名分别是：北京亦华电子有限公司电工葛志远、"
                + "北京中和精密机械有限公司工业机器人系统运维员阿力木·吐尔洪、北京康和制药股份有限公司中药调剂员柴雨欣。");
        FactAssertions.person(f, "葛志远");
        FactAssertions.person(f, "阿力木·吐尔洪");
        FactAssertions.notPerson(f, "吐尔洪");
        FactAssertions.person(f, "柴雨欣");
        // the occupation between the body and the name is the post, whether a title list holds it or not
        FactAssertions.post(f, "葛志远", "北京亦华电子有限公司", "电工");
        FactAssertions.post(f, "阿力木·吐尔洪", "北京中和精密机械有限公司", "工业机器人系统运维员");
        FactAssertions.post(f, "柴雨欣", "北京康和制药股份有限公司", "中药调剂员");
    }

    private static ArticleFacts extract(String headline, String body) {
        Article a = new Article("994_lists", 1, headline, List.of(), new Byline(List.of(), ""), body, ArticleKind.NEWS, 0,
                body.length());
        return SharedExtractor.extractor().extract(a, ArticleFixtures.META_2025);
    }
}
