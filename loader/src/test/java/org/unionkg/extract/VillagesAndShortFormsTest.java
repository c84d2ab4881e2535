package org.unionkg.extract;

import org.junit.jupiter.api.Test;
import org.unionkg.article.Article;
import org.unionkg.article.ArticleKind;
import org.unionkg.article.Byline;
import org.unionkg.extract.event.EventExtractor;
import org.unionkg.extract.event.EventFact;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Villages and communities named as bodies and as where an event went, and a body named again without its district,
 * on sentences written for the test (not taken from the seed or development pages).
 */
class VillagesAndShortFormsTest {

    @Test
    void aVillageAfterItsTownIsABodyWithoutTheTownAndTheEventsPlace() {
        Article a = article("延庆区“送文化进乡村”走进康庄镇", "9月5日，延庆区总工会“送文化进乡村”活动走进康庄镇榆林堡村，"
                + "村民200余人观看演出。");
        ArticleFacts f = SharedExtractor.extractor().extract(a, ArticleFixtures.META_2025);
        FactAssertions.org(f, "榆林堡村", "other");
        assertNull(f.org("康庄镇榆林堡村"), f.orgs()::toString);
        FactAssertions.place(f, "康庄镇", "subdistrict", "延庆区");
        EventFact e = new EventExtractor().extract(a, f.mentions(), ArticleFixtures.META_2025).get(0);
        assertTrue(e.places().stream().anyMatch(p -> p.canonical().equals("榆林堡村")), e.places()::toString);
    }

    @Test
    void aVillageThatOnlyHostsIsAVenueAndACommunityWithAnOfficialABody() {
        // GUIDELINES: a village whose officials are named is an organisation; one that only hosts is where it happened
        ArticleFacts f = extract("当天，志愿者来到桃园村，为老人义诊。10月9日，西城区总工会在新街口街道西四北社区开展法律服务，"
                + "西四北社区党委书记吴丽萍介绍了情况。");
        assertEquals("venue", f.places().get("桃园村").kind(), f.places()::toString);
        assertNull(f.org("桃园村"), f.orgs()::toString);
        FactAssertions.org(f, "西四北社区", "other");
        FactAssertions.post(f, "吴丽萍", "西四北社区", "党委书记");
        assertNull(f.places().get("新街口街道西四北社区"), f.places()::toString);
    }

    @Test
    void commonWordsEndingInVillageOrCommunityNameNoBody() {
        ArticleFacts f = extract("活动走进乡村和社区。志愿者深入农村、走进各个社区，为社区居民和村民服务。美丽乡村建设持续推进。"
                + "来广营社区卫生服务中心的医生参加。");
        assertTrue(f.orgs().values().stream().noneMatch(o -> o.name().endsWith("村") || o.name().endsWith("社区")),
                f.orgs()::toString);
    }

    @Test
    void aBodyNamedAgainWithoutItsDistrictIsTheSameBody() {
        ArticleFacts f = extract("日前，房山区窦店医院举办培训。窦店医院院长周启明带队，窦店医院工会主席陈华讲话。");
        FactAssertions.org(f, "房山区窦店医院", "hospital");
        FactAssertions.alt(f, "房山区窦店医院", "窦店医院");
        assertNull(f.org("窦店医院"), f.orgs()::toString);
        FactAssertions.post(f, "周启明", "房山区窦店医院", "院长");
        FactAssertions.union(f, "房山区窦店医院工会");
        FactAssertions.post(f, "陈华", "房山区窦店医院工会", "主席");
        assertEquals("房山区窦店医院", f.org("房山区窦店医院工会").employer());
    }

    @Test
    void aShortFormPrintedBeforeTheLongOneStaysApart() {
        // the short name first may be another hospital of that name: nothing says it is the district's
        ArticleFacts f = extract("窦店医院院长周启明介绍经验。随后，房山区窦店医院护士长李娜发言。");
        assertFalse(f.org("房山区窦店医院").altLabels().contains("窦店医院"), f.orgs()::toString);
    }

    private static ArticleFacts extract(String body) {
        return SharedExtractor.extractor().extract(article("标题", body), ArticleFixtures.META_2025);
    }

    private static Article article(String headline, String body) {
        return new Article("992_villages", 1, headline, List.of(), new Byline(List.of(), ""), body, ArticleKind.NEWS, 0,
                body.length());
    }
}
