package org.unionkg.extract.event;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unionkg.extract.event.Events.canonicals;
import static org.unionkg.extract.event.Events.main;
import static org.unionkg.extract.event.Events.parts;

/** The main events of seed articles, one nested class per page. */
class EventExtractorSeedTest {

    @Nested
    class Page000 {
        @Test
        void inspectionByTheMunicipalCongressInDongcheng() {
            EventFact e = main(SeedArticles.P000_1);
            assertEquals(EventType.INSPECTION, e.type());
            assertEquals(new EventDate("近日", EventDate.Precision.BEFORE_PUBLICATION, null, null, 2025), e.date());
            assertEquals(List.of("北京市人民代表大会常务委员会"), canonicals(e.organisers()));
            // 前往东城区 in the lead; 来到北京东方嘉诚… in a later sentence
            assertEquals(List.of("东城区", "北京东方嘉诚文化产业发展有限公司"), canonicals(e.places()));
            assertEquals(List.of("刘军:参加", "蒋文云:参加"), parts(e));
            assertTrue(e.evidence().startsWith("近日，北京市人大常委会执法检查组前往东城区"));
        }

        @Test
        void photoItemOfAVisitToTheExhibitionHall() {
            EventFact e = main(SeedArticles.P000_3);
            assertEquals(EventType.VISIT, e.type()); // no cue in 感受工会发展成就; 参观 in the lead
            assertEquals(List.of("中国职工之家展览馆"), canonicals(e.places()));
            assertEquals(List.of("北京市药品监督管理局工会"), canonicals(e.organisers()));
        }

        @Test
        void masterStudioExchangeHeldByTheCompany() {
            EventFact e = main(SeedArticles.P000_4);
            assertEquals(EventType.EXCHANGE, e.type());
            // 北方导航科技集团有限公司（以下简称“北方导航集团”）工会邀请…: the company is the first body named
            assertEquals(List.of("北方导航科技集团有限公司"), canonicals(e.organisers()));
        }

        @Test
        void chaoyangNursingContestHasTwoOrganisersAndItsCounts() {
            EventFact e = main(SeedArticles.P000_6);
            assertEquals(EventType.SKILLS_COMPETITION, e.type());
            assertEquals(List.of("朝阳区总工会", "朝阳区卫生健康委员会"), canonicals(e.organisers()));
            assertEquals(List.of(
                    new Headcount("83家医疗机构", 83, false, "医疗机构"),
                    new Headcount("2000余名护理人员", 2000, true, "护理人员"),
                    new Headcount("10名优秀选手", 10, false, "优秀选手")), e.counts());
            assertEquals(List.of("陈文静:获奖"), parts(e));
            assertEquals(List.of(), canonicals(e.places())); // 朝阳区医疗卫生机构 is the contest's scope, not its site
        }

        @Test
        void subdistrictCareEventHasNoPlaceTheTextDoesNotSay() {
            EventFact e = main(SeedArticles.P000_7);
            assertEquals(EventType.CARE_SERVICE, e.type());
            assertEquals(List.of("朝阳区东湖街道总工会"), canonicals(e.organisers()));
            assertEquals(List.of(), canonicals(e.places())); // the union's district is an inference, not a place
        }
    }

    @Nested
    class Page001 {
        @Test
        void federationSurveyInChaoyang() {
            EventFact e = main(SeedArticles.P001_1);
            assertEquals(EventType.SURVEY_VISIT, e.type());
            assertEquals("9月18日上午", e.date().text());
            assertEquals(EventDate.Precision.DAY, e.date().precision());
            assertEquals(LocalDate.of(2025, 9, 18), e.date().day());
            assertEquals(List.of("北京市总工会"), canonicals(e.organisers()));
            assertEquals(List.of("朝阳区", "朝阳区工人文化宫", "798·751园区"), canonicals(e.places()));
            assertEquals(List.of("张良:带队", "朱文娇:参加", "北京电子控股有限责任公司:参加"), parts(e));
        }

        @Test
        void modelWorkersInSchoolIsALectureHeldAtTheSchool() {
            EventFact e = main(SeedArticles.P001_2);
            assertEquals(EventType.LECTURE, e.type());
            assertEquals(List.of("北京市陈经纶中学"), canonicals(e.places()));
            // 此次活动由朝阳区关心下一代工作委员会、朝阳区总工会等主办 (the second sentence)
            assertEquals(List.of("朝阳区关心下一代工作委员会", "朝阳区总工会"), canonicals(e.organisers()));
            assertEquals(new Headcount("500余名师生", 500, true, "师生"), e.counts().get(0));
            assertEquals(new Headcount("4位来自不同行业的劳模工匠", 4, false, "劳模工匠"), e.counts().get(1));
            assertEquals(List.of("张友良:宣讲", "张建娜:宣讲", "陈亮:宣讲", "郭天光:宣讲"), parts(e));
        }

        @Test
        void hospitalUnionUnderTheHealthUnionIsTheActor() {
            EventFact e = main(SeedArticles.P001_6);
            assertEquals(EventType.CARE_SERVICE, e.type()); // 送健康 outranks 志愿
            // 北京市朝阳区医疗卫生工会下属北京北亚中医医院工会组织…
            assertEquals(List.of("北京北亚中医医院工会"), canonicals(e.organisers()));
        }

        @Test
        void tongWuLangSocialHasAllThreeUnionsAsOrganisers() {
            EventFact e = main(SeedArticles.P001_3);
            assertEquals(EventType.SOCIAL, e.type()); // 联谊 outranks 交流 (交流联谊活动)
            assertEquals(List.of("通州区总工会", "天津市武清区总工会", "河北省廊坊市总工会"), canonicals(e.organisers()));
            assertEquals(List.of(), canonicals(e.places())); // the text says no place; the organiser's district is no fact
        }
    }

    @Nested
    class Page002 {
        @Test
        void plenaryMeetingWithTheVicePresidentAttendingAndSpeaking() {
            EventFact e = main(SeedArticles.P002_1);
            assertEquals(EventType.MEETING, e.type());
            assertEquals(List.of("北京市交通运输工会"), canonicals(e.organisers()));
            assertEquals(List.of("朱文娇:出席", "朱文娇:讲话", "北京市交通运输工会:参加"), parts(e));
            assertTrue(e.places().isEmpty());
        }

        @Test
        void partyGoingToAVenueStaysTheOrganiserOfItsStudyExchange() {
            EventFact e = main(SeedArticles.P002_4);
            assertEquals(EventType.EXCHANGE, e.type()); // no cue in the headline; 学习交流 in the lead
            assertEquals(List.of("延庆区总工会"), canonicals(e.organisers())); // 延庆区总工会一行到北京市劳动人民文化宫
            assertEquals(List.of("北京市劳动人民文化宫"), canonicals(e.places()));
            assertTrue(e.participants().isEmpty());
        }

        @Test
        void zongziContestHasAJudgeAVenueAndEightyEntrants() {
            EventFact e = main(SeedArticles.P002_5);
            assertEquals(EventType.SKILLS_COMPETITION, e.type());
            assertEquals(List.of("北京市劲松职业高级中学常营校区"), canonicals(e.places()));
            assertEquals(List.of("朝阳区常营地区总工会"), canonicals(e.organisers()));
            assertEquals(List.of("牛京刚:评委"), parts(e));
            // 一等奖1名、二等奖2名 say no counted noun and are no headcounts
            assertEquals(List.of(new Headcount("80名职工", 80, false, "职工")), e.counts());
        }

        @Test
        void eveOfAFestivalIsShortlyBeforePublication() {
            EventFact e = main(SeedArticles.P002_6);
            assertEquals(EventType.CULTURE_SPORTS, e.type());
            assertEquals(new EventDate("在端午节和“六一”儿童节即将到来之际", EventDate.Precision.BEFORE_PUBLICATION,
                    null, null, 2025), e.date());
            assertEquals(List.of(new Headcount("近200名教职工家庭", 200, true, "教职工家庭")), e.counts());
            assertEquals(List.of("北京联合大学工会"), canonicals(e.organisers()));
        }
    }

    @Nested
    class Page003 {
        @Test
        void securityLectureAndTheDatedContestBeforeIt() {
            List<EventFact> events = Events.extract(SeedArticles.P003_2);
            assertEquals(2, events.size());
            EventFact lecture = events.get(0);
            assertEquals(EventType.LECTURE, lecture.type()); // 宣讲服务队 is a name, masked
            assertEquals(List.of("中国长江三峡集团有限公司北京分公司"), canonicals(lecture.places()));
            // the subject of …开展了此次北京职工国家安全教育活动
            assertEquals(List.of("北京市总工会"), canonicals(lecture.organisers()));
            assertEquals(List.of(new Headcount("6名职工志愿者", 6, false, "职工志愿者")), lecture.counts());

            EventFact contest = events.get(1);
            assertEquals("北京市职工国家安全教育宣讲比赛", contest.label());
            assertEquals(EventType.CULTURE_SPORTS, contest.type()); // a speaking contest is no vocational skill
            assertEquals(EventDate.day("3月24日", LocalDate.of(2025, 3, 24)), contest.date());
            assertEquals(List.of("北京市总工会"), canonicals(contest.organisers()));
            assertEquals(List.of(new Headcount("20名职工", 20, false, "职工")), contest.counts());
            assertTrue(contest.evidence().startsWith("3月24日，市总工会举办了"));
        }

        @Test
        void delegationFromKunmingVisitsTheJianwaiUnion() {
            EventFact e = main(SeedArticles.P003_3);
            assertEquals(EventType.EXCHANGE, e.type());
            assertEquals(List.of("朝阳区建外街道总工会", "云南省昆明市西山区总工会"), canonicals(e.organisers())); // both sides
            assertEquals(List.of("云南省昆明市西山区总工会:来访"), parts(e));
            // 来到朝阳区建外街道总工会，实地参观调研建外i家…: the venue visited wins over the host (GUIDELINES, event places)
            assertEquals(List.of("建外i家公共区域职工之家"), canonicals(e.places()));
        }

        @Test
        void firstAidTrainingHeadlineWinsOverTheLeadsEvacuationDrill() {
            EventFact e = main(SeedArticles.P003_4);
            assertEquals(EventType.TRAINING, e.type());
            // 朝阳区医疗卫生健康工委来广营社区卫生服务中心工会: the parent written before its part; the part acts
            assertEquals(List.of("来广营社区卫生服务中心工会"), canonicals(e.organisers()));
            assertEquals("近日", e.date().text()); // after the 为…能力， purpose clause
        }

        @Test
        void craftsmanDayAwardsTenNamedWinners() {
            EventFact e = main(SeedArticles.P003_5);
            assertEquals(EventType.AWARD, e.type());
            assertEquals(List.of(), canonicals(e.organisers())); // 经开区总工会相关负责人表示 says no one held it
            assertEquals(List.of(), canonicals(e.places())); // the district owns the day; the text says no site
            List<String> winners = parts(e);
            assertEquals(10, winners.size());
            assertEquals("张延明:获奖", winners.get(0));
            assertEquals("尹理才:获奖", winners.get(9));
        }
    }

    @Nested
    class Page004 {
        @Test
        void tongzhouReportMeetingIsAMeetingWithFiveAttendingAndFourSpeakers() {
            EventFact e = main(SeedArticles.P004_1);
            assertEquals(EventType.MEETING, e.type()); // 推进大会 outranks 报告会
            assertEquals(List.of("张良:出席", "孟景伟:出席", "郑皓:出席", "赵玉影:出席", "张德启:出席",
                    "甘静雯:发言", "韩娜:发言", "赵建民:发言", "李辰:发言"), parts(e));
            assertEquals(List.of(new Headcount("200余人", 200, true, "人")), e.counts());
            assertEquals(List.of(), canonicals(e.places())); // 通州区…报告会召开 names the scope, not a site
            assertTrue(e.organisers().isEmpty(), "the text does not say who held it");
        }

        @Test
        void tokyoMetroUnionVisitIsAnExchangeHostedByTheFederation() {
            EventFact e = main(SeedArticles.P004_2);
            assertEquals(EventType.EXCHANGE, e.type());
            assertEquals(List.of("北京市总工会", "东京地下铁劳动组合"), canonicals(e.organisers())); // both sides
            List<String> parts = parts(e);
            assertTrue(parts.contains("朱文娇:会见"), parts::toString);
            assertTrue(parts.contains("东京地下铁劳动组合:来访"), parts::toString);
            assertTrue(parts.contains("野口实:来访"), parts::toString);
            assertTrue(parts.contains("野口实:致辞"), parts::toString);
            assertTrue(parts.contains("北京市交通运输工会:参加"), parts::toString);
        }

        @Test
        void singingEventHeldByPropagandaDepartmentAndUnionAtTheLibrary() {
            EventFact e = main(SeedArticles.P004_3);
            assertEquals(EventType.CULTURE_SPORTS, e.type());
            // 由怀柔区委宣传部、区总工会主办: the short form 区总工会 resolves to its canonical name
            assertEquals(List.of("中共北京市怀柔区委宣传部", "怀柔区总工会"), canonicals(e.organisers()));
            assertEquals(List.of("怀柔区图书馆"), canonicals(e.places()));
            assertEquals(new Headcount("职工共计2000余人", 2000, true, "职工"), e.counts().get(0));
            assertEquals(new Headcount("34支合唱队伍", 34, false, "合唱队伍"), e.counts().get(3));
        }

        @Test
        void photoContestHeldByOneUnionAndRunByACompany() {
            EventFact e = main(SeedArticles.P004_5);
            assertEquals(EventType.CULTURE_SPORTS, e.type()); // 摄影大赛, not a skills 大赛
            assertEquals(List.of("北京市工业（国防）工会", "北京长城电子装备有限责任公司"), canonicals(e.organisers())); // 承办 too
            assertEquals(List.of("北京长城电子装备有限责任公司:承办"), parts(e));
            assertEquals(List.of(new Headcount("职工摄影作品383幅", 383, false, "职工摄影作品")), e.counts());
        }

        @Test
        void flowerCareClassIsALectureWithoutAPlace() {
            EventFact e = main(SeedArticles.P004_7);
            assertEquals(EventType.LECTURE, e.type()); // a 课 for an audience; training is what the text calls 培训
            assertEquals(List.of(), canonicals(e.places()));
            assertEquals(List.of("丰台区玉泉营街道总工会"), canonicals(e.organisers()));
            assertNull(e.date().day());
        }
    }
}
