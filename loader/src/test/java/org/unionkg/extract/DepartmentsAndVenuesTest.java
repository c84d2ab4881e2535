package org.unionkg.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Departments fold into their body; venues come from 在…举行 frames and from institutions that only host. */
class DepartmentsAndVenuesTest {
    private static final Lexicon LEXICON = Lexicon.standard();
    private static final Departments DEPARTMENTS = new Departments(LEXICON);

    @Test
    void aDepartmentIsSplitFromItsBody() {
        assertEquals(Optional.of(new Departments.Split("北京市京西律师事务所", "劳动法律服务部")),
                DEPARTMENTS.split("北京市京西律师事务所劳动法律服务部"));
        assertEquals(Optional.of(new Departments.Split("北京市建设工会", "第三届委员会")),
                DEPARTMENTS.split("北京市建设工会第三届委员会"));
        assertEquals(Optional.of(new Departments.Split("门头沟区消防救援支队", "宣传科")),
                DEPARTMENTS.split("门头沟区消防救援支队宣传科"));
    }

    @Test
    void branchesAndInstitutionsOfAUnionAreNotDepartments() {
        assertTrue(DEPARTMENTS.split("中国长江三峡集团有限公司北京分公司").isEmpty());
        assertTrue(DEPARTMENTS.split("北京市总工会职工服务中心").isEmpty());
        assertTrue(DEPARTMENTS.split("北京京能热力股份有限公司").isEmpty());
    }

    @Test
    void aPostInADepartmentIsAPostInTheBody() {
        ArticleFacts f = extract("近日，北京市京西律师事务所劳动法律服务部主任王晓东为职工讲解劳动合同相关法律知识。");
        FactAssertions.post(f, "王晓东", "北京市京西律师事务所", "劳动法律服务部主任");
        assertFalse(f.orgs().containsKey("北京市京西律师事务所劳动法律服务部"));
    }

    @Test
    void anElectionGivesAPostInTheUnionWithItsCommitteeInTheRoleText() {
        ArticleFacts f = extract("会议补选周建国为北京市邮政工会第四届委员会副主席。");
        FactAssertions.post(f, "周建国", "北京市邮政工会", "第四届委员会副主席");
    }

    @Test
    void aFramedNameIsAVenue() {
        ArticleFacts f = extract("近日，门头沟区总工会在永定河畔生态园举办职工健步走活动。");
        FactAssertions.place(f, "永定河畔生态园", "venue", null);
        // a phrase in the frame is no name
        ArticleFacts g = extract("近日，门头沟区总工会在全区范围内开展职工健步走活动。");
        assertTrue(g.places().keySet().stream().noneMatch(p -> p.contains("范围")), g.places().keySet()::toString);
    }

    @Test
    void anInstitutionThatOnlyHostsIsAVenueOneThatActsIsNot() {
        ArticleFacts f = extract("近日，延庆区总工会劳模宣讲活动在北京市延庆区第一中学举办，300余名师生参加。");
        FactAssertions.place(f, "北京市延庆区第一中学", "venue", "延庆区");
        assertFalse(f.orgs().containsKey("北京市延庆区第一中学"));
        ArticleFacts g = extract("近日，劳模宣讲活动在北京市延庆区第一中学举办。北京市延庆区第一中学校长刘国强致辞。");
        assertTrue(g.orgs().containsKey("北京市延庆区第一中学"), g.orgs().keySet()::toString);
    }

    private static ArticleFacts extract(String body) {
        return SharedExtractor.extractor().extract(
                new org.unionkg.article.Article("990_unit", 1, "标题", List.of(), new org.unionkg.article.Byline(List.of(), ""), body,
                        org.unionkg.article.ArticleKind.NEWS, 0, body.length()), null);
    }
}
