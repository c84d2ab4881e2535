package org.unionkg.extract;

import org.junit.jupiter.api.Test;
import org.unionkg.article.Article;
import org.unionkg.article.ArticleKind;
import org.unionkg.article.Byline;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * The union forms of GUIDELINES and their levels: an agency's 机关工会, a school's 校工会 and a hospital's 院工会, an
 * area's 联合工会, and the short forms (公司工会, 校工会, 某某集团工会) written after the employer was named; on sentences
 * written for the test (not taken from the seed or development pages).
 */
class UnionFormsTest {

    @Test
    void anAgencysOwnUnionIsTheUnionOfOneEmployer() {
        ArticleFacts f = extract("近日，丰台区卫生健康委员会机关工会举办讲座。");
        OrgFact u = FactAssertions.union(f, "丰台区卫生健康委员会机关工会");
        assertEquals("enterprise", u.level());
        assertEquals("丰台区卫生健康委员会", u.employer());
    }

    @Test
    void aSchoolsOrHospitalsUnionWrittenWithItsKindsShortForm() {
        ArticleFacts f = extract("近日，北京理工大学校工会举办运动会。北京积水潭医院院工会参加。");
        OrgFact school = FactAssertions.union(f, "北京理工大学工会");
        assertEquals("北京理工大学", school.employer());
        assertEquals("enterprise", school.level());
        FactAssertions.alt(f, "北京理工大学工会", "北京理工大学校工会");
        assertEquals("北京积水潭医院", FactAssertions.union(f, "北京积水潭医院工会").employer());
        assertNull(f.org("北京理工大学校"), f.orgs()::toString);
    }

    @Test
    void anAreasJointUnionIsAFederation() {
        ArticleFacts f = extract("近日，昌平区回龙观地区联合工会成立。");
        assertEquals("federation", FactAssertions.union(f, "昌平区回龙观地区联合工会").level());
    }

    @Test
    void aShortUnionFormAfterTheEmployerIsItsUnion() {
        ArticleFacts f = extract("日前，北京京西风光旅游开发有限公司工会举办运动会，公司工会主席孙立伟讲话。");
        FactAssertions.post(f, "孙立伟", "北京京西风光旅游开发有限公司工会", "主席");
        assertNull(f.org("公司工会"), f.orgs()::toString);
        assertFalse(f.org("北京京西风光旅游开发有限公司工会").altLabels().contains("公司工会"), "an anaphor is no label");
        ArticleFacts g = extract("日前，北京市朝阳区晨曦小学举办亲子活动。校工会主席刘晓燕讲话。");
        FactAssertions.post(g, "刘晓燕", "北京市朝阳区晨曦小学工会", "主席");
    }

    @Test
    void aGroupNamedWithoutBeijingAndItsLegalFormIsTheSameGroup() {
        ArticleFacts f = extract("日前，北京金隅集团股份有限公司工会举办竞赛。金隅集团工会副主席王东讲话。");
        FactAssertions.post(f, "王东", "北京金隅集团股份有限公司工会", "副主席");
        FactAssertions.alt(f, "北京金隅集团股份有限公司工会", "金隅集团工会");
        assertNull(f.org("金隅集团工会"), f.orgs()::toString);
    }

    private static ArticleFacts extract(String body) {
        Article a = new Article("990_unionforms", 1, "标题", List.of(), new Byline(List.of(), ""), body, ArticleKind.NEWS, 0,
                body.length());
        return SharedExtractor.extractor().extract(a, ArticleFixtures.META_2025);
    }
}
