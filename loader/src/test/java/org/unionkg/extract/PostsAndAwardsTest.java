package org.unionkg.extract;

import org.junit.jupiter.api.Test;
import org.unionkg.article.Article;
import org.unionkg.article.ArticleKind;
import org.unionkg.article.Byline;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Posts, bodies and honours written in the less usual ways of union news, each on a sentence written for the test
 * (not taken from the seed or development pages): a line of work between a body and a title, honours between a post
 * and its holder, lists of holders joined by ，, bodies named by their function (水文总站, 管理处, 卫生院).
 */
class PostsAndAwardsTest {

    @Test
    void aLineOfWorkBetweenTheBodyAndTheTitleIsPartOfTheRoleText() {
        ArticleFacts f = extract("北京市第一建筑工程有限公司钢结构项目经理王海东介绍了工程进展。");
        FactAssertions.post(f, "王海东", "北京市第一建筑工程有限公司", "钢结构项目经理");
        ArticleFacts g = extract("北京市第八十中学化学教研组教师李晓燕获得一等奖。");
        FactAssertions.post(g, "李晓燕", "北京市第八十中学", "化学教研组教师");
    }

    @Test
    void aCourtsChamberIsAUnitOfTheCourt() {
        ArticleFacts f = extract("讲座上，东城区人民法院刑事审判二庭庭长、四级高级法官周建国解读了相关法条。");
        FactAssertions.post(f, "周建国", "东城区人民法院", "刑事审判二庭庭长、四级高级法官");
    }

    @Test
    void anHonourBetweenThePostAndTheNameLeavesThePostToTheName() {
        ArticleFacts f = extract("活动邀请北京市第八十中学数学教师、北京市劳动模范孙丽娟作报告。");
        FactAssertions.post(f, "孙丽娟", "北京市第八十中学", "数学教师");
        FactAssertions.award(f, "孙丽娟", "北京市劳动模范", null);
    }

    @Test
    void holdersListedWithTheirPostsAndJoinedByCommasAllHoldTheHonour() {
        ArticleFacts f = extract("北京京丰热电有限责任公司检修部主任郑国强，北京市第八十中学语文教师赵丽获评北京市劳动模范。");
        FactAssertions.award(f, "郑国强", "北京市劳动模范", 2025);
        FactAssertions.award(f, "赵丽", "北京市劳动模范", 2025);
        // a verb in between: the first name is no holder of the honour the second wins
        ArticleFacts g = extract("北京京丰热电有限责任公司检修部主任郑国强主持会议，北京市第八十中学语文教师赵丽获评北京市劳动模范。");
        assertTrue(g.awards().stream().noneMatch(a -> a.awardee().equals("郑国强")), g.awards()::toString);
    }

    @Test
    void anHonourOnceWonIsHeldWithoutThePageYear() {
        ArticleFacts f = extract("北京京丰热电有限责任公司检修部主任郑国强曾获首都劳动奖章，带出徒弟二十余人。");
        FactAssertions.award(f, "郑国强", "首都劳动奖章", null);
    }

    @Test
    void bodiesNamedByTheirFunctionAreOrganisations() {
        ArticleFacts f = extract("北京市水务局、北京市永定河管理处联合举办培训，北京市水文总站高级工程师钱立新授课。"
                + "延庆区八达岭镇卫生院院长吴海波介绍了经验。");
        FactAssertions.org(f, "北京市永定河管理处", "other");
        FactAssertions.post(f, "钱立新", "北京市水文总站", "高级工程师");
        FactAssertions.post(f, "吴海波", "延庆区八达岭镇卫生院", "院长");
        FactAssertions.org(f, "延庆区八达岭镇卫生院", "hospital");
    }

    @Test
    void aGovernmentCommissionWithAndInItsNameIsOneBody() {
        ArticleFacts f = extract("活动由大兴区总工会、大兴区住房和城乡建设委员会联合主办。");
        FactAssertions.org(f, "大兴区住房和城乡建设委员会", "government");
    }

    @Test
    void aBodyReferredBackToHoldsThePostsOfItsUnits() {
        ArticleFacts f = extract("北京友谊医院工会举办急救技能竞赛。医院心内科护士长冯雪担任评委，该院骨科护士林悦、眼科护士高静获得一等奖。");
        FactAssertions.post(f, "冯雪", "北京友谊医院", "心内科护士长");
        FactAssertions.post(f, "林悦", "北京友谊医院", "骨科护士");
        FactAssertions.post(f, "高静", "北京友谊医院", "眼科护士");
        assertTrue(f.orgs().keySet().stream().noneMatch(n -> n.startsWith("医院")), f.orgs().keySet()::toString);
        ArticleFacts g = extract("北京燕山石化有限公司工会开展岗位练兵。王建新是该公司检修车间主任、高级技师，他带出了十多名徒弟。");
        FactAssertions.post(g, "王建新", "北京燕山石化有限公司", "检修车间主任、高级技师");
    }

    @Test
    void aBackReferenceWithoutABodyBeforeItMakesNoPost() {
        ArticleFacts f = extract("该公司检修车间主任王建新介绍了经验。");
        assertTrue(f.posts().stream().noneMatch(p -> p.person().equals("王建新")), f.posts()::toString);
    }

    @Test
    void peopleIntroducedOneByOneWithTheirPostsAfterTheirNames() {
        ArticleFacts f = extract("受表彰的职工来自各行各业。其中，唐振华，北京燕山石化有限公司检修车间主任，多年扎根一线；"
                + "欧阳青，北京市第八十中学数学教师，坚守讲台三十年。");
        FactAssertions.person(f, "唐振华");
        FactAssertions.person(f, "欧阳青");
        FactAssertions.post(f, "唐振华", "北京燕山石化有限公司", "检修车间主任");
        FactAssertions.post(f, "欧阳青", "北京市第八十中学", "数学教师");
        // a clause without a title after it describes no one: 其中，两人，… is no name
        ArticleFacts g = extract("其中，王府井，是老字号聚集地，游客众多。");
        FactAssertions.notPerson(g, "王府井");
    }

    private static ArticleFacts extract(String body) {
        Article a = new Article("992_posts", 1, "标题", List.of(), new Byline(List.of(), ""), body, ArticleKind.NEWS, 0,
                body.length());
        return SharedExtractor.extractor().extract(a, ArticleFixtures.META_2025);
    }
}
