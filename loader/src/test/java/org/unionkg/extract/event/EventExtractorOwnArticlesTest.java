package org.unionkg.extract.event;

import org.junit.jupiter.api.Test;
import org.unionkg.extract.MentionType;
import org.unionkg.page.PageMeta;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unionkg.extract.event.Events.canonicals;
import static org.unionkg.extract.event.Events.main;
import static org.unionkg.extract.event.Events.parts;

/** Articles written in the seeds' style with other names, so the rules are not fitted to the seeds alone. */
class EventExtractorOwnArticlesTest {

    static final Fixture DRILL = Fixture.of("900_owntest0000001", 1,
            "海淀区中关村街道总工会开展职工消防疏散演练",
            "10月12日下午，海淀区中关村街道总工会联合中关村街道办事处在中关村创业大街开展职工消防疏散演练，"
                    + "辖区30余家企业的150余名职工参加。海淀区总工会副主席李明华出席活动并讲话。\n"
                    + "演练中，职工们按照疏散路线有序撤离。海淀区消防救援支队宣传员王晓东为职工讲解灭火器使用方法。",
            new Fixture.Spec(MentionType.UNION, "海淀区中关村街道总工会", "海淀区中关村街道总工会"),
            new Fixture.Spec(MentionType.ORGANIZATION, "中关村街道办事处", "海淀区中关村街道办事处"),
            new Fixture.Spec(MentionType.VENUE, "中关村创业大街", "中关村创业大街"),
            new Fixture.Spec(MentionType.UNION, "海淀区总工会", "海淀区总工会"),
            new Fixture.Spec(MentionType.PERSON, "李明华", "李明华"),
            new Fixture.Spec(MentionType.ORGANIZATION, "海淀区消防救援支队", "北京市海淀区消防救援支队"),
            new Fixture.Spec(MentionType.PERSON, "王晓东", "王晓东"));

    static final Fixture VISITING_DELEGATION = Fixture.of("900_owntest0000001", 2,
            "石景山区总工会与张家口市总工会交流工会工作",
            "近日，张家口市总工会副主席刘志刚一行来到石景山区总工会，就职工服务阵地建设、新就业形态劳动者入会等工作进行交流。"
                    + "石景山区总工会党组书记、常务副主席赵红梅会见刘志刚一行。\n"
                    + "张家口市总工会一行还走访了石景山区鲁谷街道职工之家。",
            new Fixture.Spec(MentionType.UNION, "张家口市总工会", "河北省张家口市总工会"),
            new Fixture.Spec(MentionType.UNION, "石景山区总工会", "石景山区总工会"),
            new Fixture.Spec(MentionType.PERSON, "刘志刚", "刘志刚"),
            new Fixture.Spec(MentionType.PERSON, "赵红梅", "赵红梅"),
            new Fixture.Spec(MentionType.VENUE, "石景山区鲁谷街道职工之家", "石景山区鲁谷街道职工之家"));

    static final Fixture REST_STAY = Fixture.of("900_owntest0000001", 3,
            "密云区劳模疗休养活动启动",
            "今年7月，密云区总工会在密云水库职工疗休养基地举办劳模疗休养活动，五十余名劳模参加。",
            new Fixture.Spec(MentionType.UNION, "密云区总工会", "密云区总工会"),
            new Fixture.Spec(MentionType.VENUE, "密云水库职工疗休养基地", "密云水库职工疗休养基地"));

    @Test
    void dayAfternoonDrillWithJointOrganisersVenueCountsAndAGuest() {
        EventFact e = main(DRILL);
        assertEquals(EventType.DRILL, e.type());
        assertEquals(EventDate.day("10月12日下午", LocalDate.of(2025, 10, 12)), e.date());
        assertEquals(List.of("海淀区中关村街道总工会", "海淀区中关村街道办事处"), canonicals(e.organisers()));
        assertEquals(List.of("中关村创业大街"), canonicals(e.places()));
        assertEquals(List.of(new Headcount("30余家企业", 30, true, "企业"),
                new Headcount("150余名职工", 150, true, "职工")), e.counts());
        assertEquals(List.of("李明华:出席", "李明华:讲话"), parts(e));
    }

    @Test
    void delegationThatComesToAUnionMakesThatUnionTheHostButTheVenueItVisitsThePlace() {
        EventFact e = main(VISITING_DELEGATION);
        assertEquals(EventType.EXCHANGE, e.type());
        // an exchange is held by both sides: the host first, then the visitors
        assertEquals(List.of("石景山区总工会", "河北省张家口市总工会"), canonicals(e.organisers()));
        // 来到石景山区总工会, then 还走访了…职工之家: a named venue wins over the host body (GUIDELINES, event places)
        assertEquals(List.of("石景山区鲁谷街道职工之家"), canonicals(e.places()));
        assertEquals(List.of("河北省张家口市总工会:来访", "刘志刚:来访", "赵红梅:会见"), parts(e));
        assertEquals(EventDate.Precision.BEFORE_PUBLICATION, e.date().precision());
    }

    @Test
    void monthOfThisYearAndChineseNumeralCount() {
        EventFact e = main(REST_STAY);
        assertEquals(EventType.CARE_SERVICE, e.type());
        assertEquals(EventDate.Precision.MONTH, e.date().precision());
        assertEquals(java.time.YearMonth.of(2025, 7), e.date().month());
        assertEquals(List.of(new Headcount("五十余名劳模", 50, true, "劳模")), e.counts());
        assertEquals(List.of("密云水库职工疗休养基地"), canonicals(e.places()));
    }

    @Test
    void withoutManifestYearTheYearComesFromTheText() {
        Fixture f = Fixture.of("900_owntest0000001", 4, "昌平区总工会举办2024年度职工乒乓球比赛",
                "3月2日，昌平区总工会举办2024年度职工乒乓球比赛，120名职工参赛。",
                new Fixture.Spec(MentionType.UNION, "昌平区总工会", "昌平区总工会"));
        EventFact e = Events.EXTRACTOR.extract(f.article(), f.mentions(), PageMeta.unknown("x.txt")).get(0);
        assertEquals(LocalDate.of(2024, 3, 2), e.date().day());
        assertEquals(EventType.CULTURE_SPORTS, e.type()); // a ball game is sport, not a vocational skill
        assertEquals(List.of(), canonicals(e.places())); // the organiser's district is no stated place
    }

    @Test
    void withoutAnyYearADayKeepsItsTextButNoValue() {
        Fixture f = Fixture.of("900_owntest0000001", 5, "昌平区总工会举办职工乒乓球比赛",
                "3月2日，昌平区总工会举办职工乒乓球比赛。",
                new Fixture.Spec(MentionType.UNION, "昌平区总工会", "昌平区总工会"));
        EventFact e = Events.EXTRACTOR.extract(f.article(), f.mentions(), PageMeta.unknown("x.txt")).get(0);
        assertEquals("3月2日", e.date().text());
        assertEquals(EventDate.Precision.DAY, e.date().precision());
        assertNull(e.date().day());
        assertNull(e.date().year());
    }

    @Test
    void withoutMentionsTypeDateAndCountsStillCome() {
        var article = SeedArticles.P000_6.article();
        EventFact e = Events.EXTRACTOR.extract(article, List.of(), Events.SEED_META).get(0);
        assertEquals(EventType.SKILLS_COMPETITION, e.type());
        assertEquals("近日", e.date().text());
        assertEquals(3, e.counts().size());
        assertTrue(e.organisers().isEmpty() && e.places().isEmpty() && e.participants().isEmpty());
    }

    @Test
    void emptyBodyHasNoEvent() {
        Fixture f = Fixture.of("900_owntest0000001", 7, "团建共学提技能", "");
        assertEquals(List.of(), Events.extract(f));
    }

    @Test
    void namesOfBodiesGiveNoTypeCues() {
        // 服务 (care-service) would win over 参观 (visit) by coming first, were 北京市服务工会 not masked
        Fixture f = Fixture.of("900_owntest0000001", 6, "北京市服务工会组织职工参观中国职工之家展览馆",
                "近日，北京市服务工会组织职工前往中国职工之家展览馆参观。",
                new Fixture.Spec(MentionType.UNION, "北京市服务工会", "北京市服务工会"),
                new Fixture.Spec(MentionType.VENUE, "中国职工之家展览馆", "中国职工之家展览馆"));
        EventFact e = main(f);
        assertEquals(EventType.VISIT, e.type());
        assertEquals(List.of("中国职工之家展览馆"), canonicals(e.places()));
        assertTrue(e.counts().isEmpty());
    }

    static final Fixture DELEGATION_MEETS_A_BODY = Fixture.of("900_owntest0000001", 9,
            "老挝劳动总联合会代表团来京交流",
            "10月9日，老挝劳动总联合会副主席坎平率代表团一行来京，与北京市建设工会进行交流座谈。",
            new Fixture.Spec(MentionType.UNION, "老挝劳动总联合会", "老挝劳动总联合会"),
            new Fixture.Spec(MentionType.UNION, "北京市建设工会", "北京市建设工会"));

    @Test
    void aVisitingPartyAndTheBodyItMeetsBothHoldTheExchange() {
        EventFact e = main(DELEGATION_MEETS_A_BODY);
        assertEquals(EventType.EXCHANGE, e.type());
        assertEquals(List.of("北京市建设工会", "老挝劳动总联合会"), canonicals(e.organisers()));
    }

    @Test
    void aPartyLedByItsChairIsAVisitingPartyToo() {
        EventFact e = main(Fixture.of("900_owntest0000001", 10, "某某县总工会来通州交流",
                "近日，某某县总工会党组书记、主席刘红带队来到通州区总工会，就工会服务阵地建设进行交流。",
                new Fixture.Spec(MentionType.UNION, "某某县总工会", "某某县总工会"),
                new Fixture.Spec(MentionType.PERSON, "刘红", "刘红"),
                new Fixture.Spec(MentionType.UNION, "通州区总工会", "通州区总工会")));
        assertEquals(EventType.EXCHANGE, e.type());
        assertEquals(List.of("通州区总工会", "某某县总工会"), canonicals(e.organisers()));
        assertTrue(parts(e).contains("刘红:来访"), parts(e)::toString);
    }

    @Test
    void theOwnerOfAQuotedTitleGivesWayToTheBodiesThatHoldTheEvent() {
        EventFact e = main(Fixture.of("900_owntest0000001", 11, "某某港务集团安全生产劳动竞赛启动",
                "9月上旬，北京港务集团有限公司“安全月”劳动竞赛启动仪式在3号码头举行。此次竞赛由北京港务集团有限公司工会、"
                        + "北京港务码头股份有限公司（以下简称“码头公司”）联合举办，300余名职工参加。",
                new Fixture.Spec(MentionType.ORGANIZATION, "北京港务集团有限公司", "北京港务集团有限公司"),
                new Fixture.Spec(MentionType.UNION, "北京港务集团有限公司工会", "北京港务集团有限公司工会"),
                new Fixture.Spec(MentionType.ORGANIZATION, "北京港务码头股份有限公司", "北京港务码头股份有限公司")));
        assertEquals(List.of("北京港务集团有限公司工会", "北京港务码头股份有限公司"), canonicals(e.organisers()));
    }

    @Test
    void aHostWhoseNameHoldsTheVisitsOwnWordIsAMisreadPhrase() {
        EventFact e = main(Fixture.of("900_owntest0000001", 12, "某某县总工会来京学习交流",
                "近日，某某县总工会一行到通州区学习交流工会工作。",
                new Fixture.Spec(MentionType.UNION, "某某县总工会", "某某县总工会"),
                new Fixture.Spec(MentionType.UNION, "通州区学习交流工会", "通州区学习交流工会")));
        assertEquals(EventType.EXCHANGE, e.type());
        assertEquals(List.of("某某县总工会"), canonicals(e.organisers()));
    }

    @Test
    void aSponsorListGoesOnPastACommaToTheBodyThatCarriesItOut() {
        EventFact e = main(Fixture.of("900_owntest0000001", 13, "职工羽毛球赛举行",
                "近日，职工羽毛球赛举行。本次比赛由延庆区总工会主办，延庆区体育中心承办，200余名职工参赛。",
                new Fixture.Spec(MentionType.UNION, "延庆区总工会", "延庆区总工会"),
                new Fixture.Spec(MentionType.ORGANIZATION, "延庆区体育中心", "延庆区体育中心")));
        assertEquals(List.of("延庆区总工会", "延庆区体育中心"), canonicals(e.organisers()));
        assertTrue(parts(e).contains("延庆区体育中心:承办"), parts(e)::toString);
    }
}
