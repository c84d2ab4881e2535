package org.unionkg.article;

import org.junit.jupiter.api.Test;
import org.unionkg.page.BadPageException;
import org.unionkg.page.Page;
import org.unionkg.page.TestPages;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each splitting rule shown on the seed sentence it was made for. */
class SeedArticlesTest {
    private final ArticleSplitter splitter = new ArticleSplitter();

    private List<Article> split(String pageId) throws BadPageException {
        return splitter.split(TestPages.read(pageId));
    }

    @Test
    void page000HasSevenArticlesWithTheLeadBylineAndColumnBreaksRepaired() throws BadPageException {
        List<Article> a = split("000_8c79aeed4abb6d7c");
        assertEquals(7, a.size());
        Article first = a.get(0);
        assertEquals("000_8c79aeed4abb6d7c-01", first.id());
        assertEquals(new Byline(List.of(new Credit("边磊", CreditRole.REPORTER)), "记者 边磊"), first.byline());
        // 推动工会 | 工作在新时代… is one sentence cut by a column break
        assertTrue(first.body().contains("促进工会法相关法律法规有效实施，推动工会工作在新时代法治轨道上提质增效"));
        assertTrue(first.body().startsWith("近日，北京市人大常委会执法检查组前往东城区"), "lead marker and byline dropped");
        // …“朝阳工 | (three blank lines) | 匠”荣誉称号。
        assertTrue(a.get(5).body().contains("获得本次竞赛“朝阳工匠”荣誉称号。\n据介绍"), a.get(5).body());
        Article hospital = a.get(1);
        assertEquals("北京大学人民医院工会专题学习习近平总书记重要讲话精神", hospital.headline());
        assertEquals(List.of("在全院营造尊重劳动、崇尚创新良好氛围"), hospital.decks());
        assertEquals(List.of(new Credit("宗晓畅", CreditRole.REPORTER), new Credit("刘安琪", CreditRole.CORRESPONDENT)),
                hospital.byline().credits());
    }

    @Test
    void photoItemIsAShortHeadlineOneParagraphAndACreditLine() throws BadPageException {
        Page page = TestPages.read("000_8c79aeed4abb6d7c");
        Article photo = splitter.split(page).get(2);
        assertEquals(ArticleKind.PHOTO, photo.kind());
        assertEquals("感受工会发展成就", photo.headline());
        assertEquals("本报记者 周美玉 摄影报道", photo.byline().text());
        assertEquals(List.of(new Credit("周美玉", CreditRole.REPORTER), new Credit("周美玉", CreditRole.PHOTOGRAPHER)),
                photo.byline().credits());
        assertTrue(photo.body().startsWith("近日，北京市药监局工会干部前往中国职工之家展览馆"));
        assertTrue(photo.body().endsWith("更是一场触及心灵的精神洗礼。”"));
        assertTrue(page.text().substring(photo.start(), photo.end()).endsWith("本报记者 周美玉 摄影报道"),
                "the credit is inside the article's span");
    }

    @Test
    void page001DeckBelowHeadlineAndAShortFragmentIsNoHeadline() throws BadPageException {
        List<Article> a = split("001_807a0e5f213dd034");
        assertEquals("北京市总工会赴朝阳区调研职工文化服务阵地建设和“两个覆盖”工作时强调", a.get(0).headline());
        assertEquals(List.of("把“精神家园”建在心坎 让“温暖港湾”就在身边 全面提升广大职工群众的获得感、幸福感和安全感"),
                a.get(0).decks());
        assertTrue(a.get(0).body().startsWith("9月18日上午，北京市总工会党组书记、副主席张良带队赴朝阳区"));
        // 通州区总工会相关负责人表 is short and has no sentence end, but no lead or credit follows it
        assertEquals(6, a.size());
        assertTrue(a.get(2).body().contains("通州区总工会相关负责人表示，此次青年职工联谊活动"), a.get(2).body());
    }

    @Test
    void page002MarkdownMarksAreDroppedAndTheTruncatedArticleIsKept() throws BadPageException {
        Page page = TestPages.read("002_5e55d61621466464");
        List<Article> a = splitter.split(page);
        assertEquals(6, a.size());
        assertEquals("北京市交通运输工会第四届委员会第二次全体会议召开", a.get(0).headline());
        assertEquals(List.of("今年将探索出台产业级工匠学院建设标准"), a.get(0).decks(), "## deck below the headline");
        assertEquals("北京排水集团“劳模榜样宣讲团”成立", a.get(2).headline(), "## headline");
        for (Article x : a) {
            assertFalse(x.headline().contains("#") || x.body().contains("*"), x.id());
        }
        assertTrue(a.get(2).body().contains("北京市模范集体代表及“北排青年榜样”。参会领导"), "a line starting with “ continues");
        Article photo = a.get(1);
        assertEquals(ArticleKind.PHOTO, photo.kind());
        assertEquals(List.of(new Credit("余翠平", CreditRole.REPORTER), new Credit("余翠平", CreditRole.PHOTOGRAPHER),
                new Credit("王辰阳", CreditRole.INTERN), new Credit("王辰阳", CreditRole.PHOTOGRAPHER)),
                photo.byline().credits());
        Article cut = a.get(5);
        assertEquals(ArticleKind.NEWS, cut.kind());
        assertTrue(cut.body().endsWith("孩子去年就参加过该校工会组织的亲子主题活动，得"), "cut off mid-sentence, kept as is");
        assertEquals(List.of(new Credit("任洁", CreditRole.REPORTER), new Credit("任洁", CreditRole.PHOTOGRAPHER)),
                cut.byline().credits(), "任洁 摄 under the cut-off report is its photo credit");
        assertEquals("记者 任洁；任洁 摄", cut.byline().text());
        assertEquals(page.text().stripTrailing().length(), cut.end(), "the last article reaches the page's end");
    }

    @Test
    void page003CreditAfterAParagraphBelongsToTheReport() throws BadPageException {
        List<Article> a = split("003_ba22a2eb888b9f8c");
        assertEquals(6, a.size(), "…参加活动。 实习记者 王辰阳 摄 is no photo item of its own");
        Article lectures = a.get(1);
        assertEquals("“天天都是4·15，携手共筑首都安全防线”主题宣讲活动举办", lectures.headline());
        assertEquals(List.of("6名职工志愿者围绕政治安全、金融安全等主题开展宣讲"), lectures.decks());
        assertEquals(ArticleKind.NEWS, lectures.kind());
        assertEquals(List.of(new Credit("张晶", CreditRole.REPORTER), new Credit("王辰阳", CreditRole.INTERN),
                new Credit("王辰阳", CreditRole.PHOTOGRAPHER)), lectures.byline().credits());
        assertTrue(lectures.body().endsWith("职工代表等参加活动。"), lectures.body());
        assertTrue(lectures.body().contains("示范引领者、积极传播者的决心和信心"), "joined across three blank lines");
        assertTrue(a.get(4).body().contains("在设备维护中以担当成就突破的王欣"));
        assertTrue(a.get(4).body().contains("两代“亦城工匠”代表携手点亮匠心魔方"));
        Article photo = a.get(5);
        assertEquals("团建共学提技能", photo.headline());
        assertEquals(List.of(new Credit("宗晓畅", CreditRole.REPORTER), new Credit("宗晓畅", CreditRole.PHOTOGRAPHER),
                new Credit("高岩", CreditRole.CORRESPONDENT), new Credit("高岩", CreditRole.PHOTOGRAPHER)),
                photo.byline().credits());
    }

    @Test
    void page004InlinePhotoCreditAndBreaksAfterClosingMarks() throws BadPageException {
        List<Article> a = split("004_983e73bff6a30a31");
        assertEquals(7, a.size());
        assertTrue(a.get(0).body().contains("党支部书记、主任甘静雯，北京市劳动模范代表"));
        assertTrue(a.get(2).body().contains("《唱支山歌给党听》《一路生花》《小美满》，一首首动人歌曲"), "》 alone ends no paragraph");
        assertTrue(a.get(2).body().contains("很荣幸参加‘五月的鲜花’歌咏比赛。院领导非常重视"));
        Article books = a.get(3);
        assertEquals("以书换蔬 共建书屋", books.headline());
        assertEquals(ArticleKind.PHOTO, books.kind());
        assertTrue(books.body().endsWith("为职工搭建更广阔的阅读平台。"), "the credit is cut from the caption");
        assertEquals("本报记者 边磊 摄影报道", books.byline().text());
        assertEquals("市工业(国防)工会举行“凝心铸魂跟党走 团结奋斗新征程”职工摄影大赛", a.get(4).headline());
        assertTrue(a.get(4).body().contains("三等奖作品35个、优秀奖作品40个。"));
        assertEquals("奥运村街道总工会为新就业形态劳动者“送健康”", a.get(5).headline(), "a headline may end with ”");
    }
}
