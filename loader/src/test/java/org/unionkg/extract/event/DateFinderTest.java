package org.unionkg.extract.event;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Date expressions, on sentences from the seeds. */
class DateFinderTest {

    @Test
    void dayWithPartOfDay() {
        assertEquals(Optional.of(EventDate.day("9月18日上午", LocalDate.of(2025, 9, 18))),
                DateFinder.find("9月18日上午，北京市总工会党组书记、副主席张良带队赴朝阳区，就职工文化服务阵地建设开展专题调研。", 2025));
    }

    @Test
    void writtenYearBeatsThePagesYear() {
        assertEquals(LocalDate.of(2024, 3, 24), DateFinder.find("2024年3月24日，市总工会举办了宣讲比赛。", 2025)
                .orElseThrow().day());
    }

    @Test
    void thisYearsMonth() {
        assertEquals(Optional.of(EventDate.month("今年8月", YearMonth.of(2025, 8))),
                DateFinder.find("调研组一行首先来到朝阳区工人文化宫，这座地上10层、地下2层的现代化职工服务阵地于今年8月正式对外开放", 2025));
    }

    @Test
    void lastYearCountsBackFromThePage() {
        assertEquals(YearMonth.of(2024, 12), DateFinder.find("去年12月，活动启动。", 2025).orElseThrow().month());
    }

    @Test
    void yearAlone() {
        assertEquals(Optional.of(EventDate.year("2025年", 2025)),
                DateFinder.find("2025年，市服务工会系统各级工会组织将按照全国总工会“559”工作部署和北京市总工会“1234”工作格局有关要求", null));
    }

    @Test
    void shortlyBeforePublicationEvenAfterAPurposeClause() {
        assertEquals(Optional.of(EventDate.beforePublication("近日", 2025)),
                DateFinder.find("为提高职工应对地震灾害发生的处置能力，近日，朝阳区医疗卫生健康工委来广营社区卫生服务中心工会开展地震知识培训和逃生演练活动。", 2025));
        assertEquals(EventDate.Precision.BEFORE_PUBLICATION, DateFinder.find("日前，某工会举办活动。", null).orElseThrow().precision());
    }

    @Test
    void chineseNumeralDay() {
        assertEquals(LocalDate.of(2025, 9, 18), DateFinder.find("九月十八日，活动举行。", 2025).orElseThrow().day());
    }

    @Test
    void noDateNoImpossibleDate() {
        assertEquals(Optional.empty(), DateFinder.find("活动现场，为10位获得者颁发荣誉证书。", 2025));
        assertEquals(Optional.empty(), DateFinder.find("13月45日举行。", 2025));
    }
}
