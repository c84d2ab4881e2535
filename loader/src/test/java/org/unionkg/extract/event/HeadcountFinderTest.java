package org.unionkg.extract.event;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Counts on sentences from the seeds, and the numerals they are written with. */
class HeadcountFinderTest {
    private static final HeadcountFinder COUNTS = HeadcountFinder.load();

    @Test
    void approximateCountsAndWhatTheyCount() {
        assertEquals(List.of(new Headcount("70余名基层工会干部", 70, true, "基层工会干部")),
                COUNTS.find("近日，北京市自来水集团工会召开基层单位工会主席会议暨工会干部专项培训会，70余名基层工会干部参会。"));
        assertEquals(List.of(new Headcount("职工共计2000余人", 2000, true, "职工")),
                COUNTS.find("当天，来自该区各镇乡街道、区直部门、企事业单位的职工共计2000余人，用歌声展现怀柔人民在党的领导下取得的丰硕成果"));
        assertEquals(List.of(new Headcount("200余人", 200, true, "人")),
                COUNTS.find("通州区总工会领导班子成员和全体机关干部、通州区相关单位党政负责人，模范先进个人和集体代表，工会干部及各行业职工代表共200余人参加会议。"));
    }

    @Test
    void ordinalsAndBareRankingsAreNoCounts() {
        assertEquals(List.of(), COUNTS.find("最终评选出比赛一等奖1名、二等奖2名、三等奖3名。"));
        assertEquals(List.of(), COUNTS.find("北京联合大学工会举办第十一届教职工亲子主题活动"));
    }

    @Test
    void roughlyAfterTheMeasureWord() {
        assertEquals(List.of(new Headcount("3家左右产业工匠学院", 3, true, "产业工匠学院")),
                COUNTS.find("将新建3家左右产业工匠学院"));
    }

    @Test
    void participationSentences() {
        assertTrue(COUNTS.aboutParticipants("吸引辖区80名职工参赛。"));
        assertFalse(COUNTS.aboutParticipants("该艺术园区前身为1957年建设的718联合厂，现已发展成为占地60万平方米、入驻机构600余家的国内最大艺术创意产业集群。"));
    }

    @Test
    void chineseNumerals() {
        assertEquals(10, ChineseNumbers.parse("十"));
        assertEquals(15, ChineseNumbers.parse("十五"));
        assertEquals(200, ChineseNumbers.parse("两百"));
        assertEquals(3500, ChineseNumbers.parse("三千五百"));
        assertEquals(12000, ChineseNumbers.parse("一万二千"));
        assertEquals(1005, ChineseNumbers.parse("一千零五"));
        assertEquals(2025, ChineseNumbers.parse("2025"));
        assertEquals(383, ChineseNumbers.parse("３８３"));
    }
}
