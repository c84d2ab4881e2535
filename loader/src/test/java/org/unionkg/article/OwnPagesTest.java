package org.unionkg.article;

import org.junit.jupiter.api.Test;
import org.unionkg.page.BadPageException;
import org.unionkg.page.Page;
import org.unionkg.page.TestPages;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rules on pages written in the seeds' style with other names and layouts the seeds do not show. */
class OwnPagesTest {
    private final ArticleSplitter splitter = new ArticleSplitter();

    @Test
    void photoItemOpeningThePageWithAShortCaptionLineCutByAColumnBreak() throws BadPageException {
        Article photo = splitter.split(TestPages.read("own_a_west_districts")).get(0);
        assertEquals(ArticleKind.PHOTO, photo.kind());
        assertEquals("书香润心田", photo.headline());
        assertEquals(List.of(), photo.decks(), "a caption line with a comma outside quotes is no deck");
        assertEquals("近日，石景山区鲁谷街道总工会在辖区职工书屋举办读书分享会，30余名职工围绕《平凡的世界》交流阅读心得，"
                + "并为社区图书角捐赠图书200册。", photo.body(), "indentation dropped, column break joined");
    }

    @Test
    void kickerAboveTheHeadlineRepeatedRunningHeaderAndBreaksAroundQuotes() throws BadPageException {
        Page page = TestPages.read("own_a_west_districts");
        Article a = splitter.split(page).get(1);
        assertEquals("石景山区总工会推出十项暖心服务", a.headline());
        assertEquals(List.of("聚焦一线职工急难愁盼——"), a.decks(), "a title line ending with —— is a deck above");
        assertTrue(page.text().substring(a.start()).startsWith("聚焦一线职工急难愁盼——"), "the span starts at the kicker");
        assertEquals(List.of(new Credit("孟凡宇", CreditRole.REPORTER), new Credit("高子涵", CreditRole.INTERN)),
                a.byline().credits());
        String[] paragraphs = a.body().split("\n");
        assertEquals("据介绍，“暖心十条”包括：", paragraphs[1], "a paragraph ending with ： stands alone");
        assertTrue(paragraphs[2].contains("石景山区总工会相关负责人介绍，今年将投入专项资金"),
                "joined across the running header repeated mid-page: " + paragraphs[2]);
        assertFalse(a.body().contains("奋力开拓"), "the running header is dropped mid-page");
        assertTrue(paragraphs[3].contains("能歇脚的地方。”快递员王师傅说"), "a line starting with ” continues");
    }

    @Test
    void creditAfterTheLastParagraphAndAFragmentBeforeANewParagraph() throws BadPageException {
        List<Article> a = splitter.split(TestPages.read("own_a_west_districts"));
        assertEquals(4, a.size());
        Article basketball = a.get(2);
        assertEquals("加油！房山职工篮球联赛开赛", basketball.headline());
        assertEquals(List.of(new Credit("郝振东", CreditRole.REPORTER), new Credit("孙立新", CreditRole.CORRESPONDENT),
                new Credit("孙立新", CreditRole.PHOTOGRAPHER)), basketball.byline().credits());
        assertTrue(basketball.body().endsWith("在开幕式上致辞。"));
        Article fengtai = a.get(3);
        assertEquals(List.of("为建筑工人送上“法律礼包”"), fengtai.decks());
        assertEquals(List.of(new Credit("欧阳晓峰", CreditRole.REPORTER)), fengtai.byline().credits());
        assertTrue(fengtai.body().endsWith("丰台区总工会相关负责人表示，下一步将把劳动法律进工地活动常态化，让更多建筑工人知法懂法、依法维权。"));
    }

    @Test
    void markdownRanksTheHeadlineAndAPhotoItemSitsInsideAReport() throws BadPageException {
        Page page = TestPages.read("own_b_markdown");
        List<Article> a = splitter.split(page);
        assertEquals(List.of("门头沟区举办第三届职工技能大赛", "工匠风采", "顺义区总工会慰问高温作业职工"),
                a.stream().map(Article::headline).toList());
        Article contest = a.get(0);
        assertEquals(List.of("以赛促学 以学促干", "12个工种同台竞技"), contest.decks(), "# outranks ## above and below");
        assertEquals(Byline.NONE, contest.byline(), "本报讯 with no brackets has no byline");
        assertTrue(contest.body().startsWith("近日，门头沟区第三届职工技能大赛"));
        assertTrue(contest.body().contains("中式烹调师等12个工种的400余名职工参赛。"));
        assertTrue(contest.body().endsWith("将持续擦亮技能竞赛品牌。"), "the report goes on after the photo item");
        assertFalse(contest.body().contains("大兴区"), "the photo caption is not in the report");
        Article photo = a.get(1);
        assertEquals(List.of(new Credit("张明远", CreditRole.PHOTOGRAPHER)), photo.byline().credits());
        assertTrue(photo.start() > contest.start() && photo.end() < contest.end());
        Article cut = a.get(2);
        assertTrue(cut.body().endsWith("顺义区总工会将在"), "cut off at the page's foot, still loaded");
        assertEquals(List.of(new Credit("钱丽君", CreditRole.REPORTER), new Credit("周国栋", CreditRole.CORRESPONDENT)),
                cut.byline().credits(), "**本报讯** read as 本报讯");
    }

    @Test
    void backToBackPhotoItemsAThreeLineTitleAndAnEditorialNote() throws BadPageException {
        Page page = TestPages.read("own_c_eastern");
        List<Article> a = splitter.split(page);
        assertEquals(List.of("巧手绘京韵", "冬送温暖暖人心", "通州区职工AI技能培训班开班", "昌平区总工会召开劳模座谈会"),
                a.stream().map(Article::headline).toList(), "（完） is neither a headline nor a deck");
        assertEquals(List.of(ArticleKind.PHOTO, ArticleKind.PHOTO, ArticleKind.NEWS, ArticleKind.NEWS),
                a.stream().map(Article::kind).toList());
        assertEquals("通讯员 吴刚 摄", a.get(1).byline().text());
        Article training = a.get(2);
        assertEquals(List.of("首期学员来自25家企业", "百余名职工“充电”迎接数字化转型"), training.decks());
        assertEquals("记者 冯晓 通讯员 石磊", training.byline().text(), "ASCII brackets round the byline");
        assertEquals("近日，通州区总工会联合区人力资源和社会保障局举办职工人工智能技能培训班，学员涵盖制造、物流、金融等行业。\n"
                + "培训班邀请高校教师讲授大模型应用、数据分析等课程。学员张女士说：“课程很实用，回到岗位就能用上。”",
                training.body());
        assertFalse(page.text().substring(training.start(), training.end()).contains("（完）"));
    }
}
