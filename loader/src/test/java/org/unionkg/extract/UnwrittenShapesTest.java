package org.unionkg.extract;

import org.junit.jupiter.api.Test;
import org.unionkg.article.Article;
import org.unionkg.article.ArticleKind;
import org.unionkg.article.Byline;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Posts and organisation names in shapes the first rules were not written for, each on a sentence written for the
 * test: brand and group prefixes of company names, new body endings, titles in a department of the same body after a
 * 、, bodies whose name ends inside a listed title, posts in brackets after a name, 是…的一名, a pronoun after a name,
 * bare titles after another holder, a union's employer named again alone.
 */
class UnwrittenShapesTest {

    @Test
    void aPlaceAndGroupBeforeALegalFormIsOneCompany() {
        ArticleFacts f = extract("北京亦庄集团有限公司党委副书记张明远主持会议。");
        FactAssertions.post(f, "张明远", "北京亦庄集团有限公司", "党委副书记");
    }

    @Test
    void aGroupsNameBeforeItsCompanyInBeijingIsPartOfTheName() {
        ArticleFacts f = extract("中建八局集团北京装饰工程有限公司木工班组长孙大勇发言。");
        FactAssertions.post(f, "孙大勇", "中建八局集团北京装饰工程有限公司", "木工班组长");
        assertTrue(!f.orgs().containsKey("北京装饰工程有限公司"), f.orgs().keySet()::toString);
    }

    @Test
    void newBodyEndingsMakeOrganisations() {
        ArticleFacts f = extract("北京市西城区妇幼保健院、中国船舶集团第七研究院、北京建筑研究所参加活动。北京教育学院石景山分院举办比赛。");
        FactAssertions.org(f, "北京市西城区妇幼保健院", "hospital");
        FactAssertions.org(f, "中国船舶集团第七研究院", "other");
        FactAssertions.org(f, "北京建筑研究所", "other");
        assertTrue(f.orgs().containsKey("北京教育学院石景山分院"), f.orgs().keySet()::toString);
        // the branch is named, its parent only inside the branch's name
        assertTrue(f.mentions().stream().noneMatch(m -> m.canonical().equals("北京教育学院")), f.mentions()::toString);
    }

    @Test
    void aTownsPartyCommitteeIsABodyThoughItsTitleIsListedWhole() {
        ArticleFacts f = extract("长辛店镇党委副书记钱永刚出席。");
        FactAssertions.post(f, "钱永刚", "长辛店镇党委", "副书记");
        ArticleFacts g = extract("和田县委常委、县总工会主席李建华参加座谈。");
        FactAssertions.post(g, "李建华", "和田县委", "常委");
    }

    @Test
    void aTitleInADepartmentAfterTheBodysFirstTitleIsOnePost() {
        ArticleFacts f = extract("石景山区委常委、宣传部部长周丽萍，杨庄村党支部书记、村委会主任吴永福出席。");
        FactAssertions.post(f, "周丽萍", "石景山区委", "常委、宣传部部长");
        FactAssertions.post(f, "吴永福", "杨庄村", "党支部书记、村委会主任");
        assertTrue(!f.orgs().containsKey("村委会") && !f.orgs().containsKey("宣传部"), f.orgs().keySet()::toString);
    }

    @Test
    void aUnionsEmployerNamedAgainAloneIsTheSameBody() {
        ArticleFacts f = extract("近日，中德友好医院工会举办讲座。中德友好医院心血管内科主任医师钱伟民授课。");
        FactAssertions.post(f, "钱伟民", "中德友好医院", "心血管内科主任医师");
        FactAssertions.union(f, "中德友好医院工会");
    }

    @Test
    void aPostSaidOfANameDropsTheCountOfOne() {
        ArticleFacts f = extract("韩德明是北京顺达货运有限公司的一名叉车司机。");
        FactAssertions.post(f, "韩德明", "北京顺达货运有限公司", "叉车司机");
    }

    @Test
    void aPronounAfterANameIsTheName() {
        ArticleFacts f = extract("记者见到了正在值守的王秀英，她是鲁谷街道总工会副主席。“我们会继续做好服务。”王秀英说。");
        FactAssertions.post(f, "王秀英", "石景山区鲁谷街道总工会", "副主席");
    }

    @Test
    void aBareTitleAfterAnotherHolderIsAPostInTheSameBody() {
        ArticleFacts f = extract("朝阳区总工会党组书记、常务副主席张建国，副主席刘德华出席。");
        FactAssertions.post(f, "刘德华", "朝阳区总工会", "副主席");
        ArticleFacts g = extract("鲁谷街道总工会主席张建国、副主席刘德华出席。");
        FactAssertions.post(g, "刘德华", "石景山区鲁谷街道总工会", "副主席");
    }

    @Test
    void aPostInBracketsAfterANameIsTheNamesPost() {
        // the finders are bypassed: what is read here is the bracket, whoever finds the names
        String body = "获评的2人是：王建国（北京京西燃气热电有限公司运行班长）、李秀英（北京市石景山医院手术室护士长）。";
        ArticleText t = ArticleText.of(body, "", List.of(), 2025, SharedExtractor.segmenter());
        List<Mention> mentions = new ArrayList<>();
        mentions.add(mention(body, MentionType.PERSON, "王建国"));
        mentions.add(mention(body, MentionType.ORGANIZATION, "北京京西燃气热电有限公司"));
        mentions.add(mention(body, MentionType.PERSON, "李秀英"));
        mentions.add(mention(body, MentionType.ORGANIZATION, "北京市石景山医院"));
        Lexicon lexicon = Lexicon.standard();
        TitleChains chains = new TitleChains(lexicon);
        FactDraft draft = new FactDraft();
        new PostsAfterNames(chains, new BackReferences(lexicon), new PostRecorder(lexicon, chains)).read(t, mentions, draft);
        assertTrue(draft.posts.stream().anyMatch(p -> p.person().equals("王建国") && p.organization().equals("北京京西燃气热电有限公司")
                && "运行班长".equals(p.roleText())), draft.posts::toString);
        assertTrue(draft.posts.stream().anyMatch(p -> p.person().equals("李秀英") && p.organization().equals("北京市石景山医院")
                && "手术室护士长".equals(p.roleText())), draft.posts::toString);
    }

    private static Mention mention(String body, MentionType type, String text) {
        int at = body.indexOf(text);
        return new Mention(type, text, text, at, at + text.length());
    }

    private static ArticleFacts extract(String body) {
        Article a = new Article("993_shapes", 1, "标题", List.of(), new Byline(List.of(), ""), body, ArticleKind.NEWS, 0,
                body.length());
        return SharedExtractor.extractor().extract(a, ArticleFixtures.META_2025);
    }
}
