package org.unionkg.article;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CreditParserTest {
    private final CreditParser parser = new CreditParser(ArticleCues.defaults());

    @Test
    void leadBylineGivesEachNameTheRoleBeforeIt() {
        Byline b = parser.leadByline("记者 宗晓畅 通讯员 刘安琪");
        assertEquals(List.of(new Credit("宗晓畅", CreditRole.REPORTER), new Credit("刘安琪", CreditRole.CORRESPONDENT)),
                b.credits());
        assertEquals("记者 宗晓畅 通讯员 刘安琪", b.text());
    }

    @Test
    void leadBylineWithoutSpacesOrWithSeveralNamesPerRole() {
        assertEquals(List.of(new Credit("边磊", CreditRole.REPORTER), new Credit("刘安琪", CreditRole.CORRESPONDENT)),
                parser.leadByline("记者边磊通讯员刘安琪").credits());
        assertEquals(List.of(new Credit("崔欣", CreditRole.REPORTER), new Credit("王辰阳", CreditRole.REPORTER),
                new Credit("高子涵", CreditRole.INTERN)), parser.leadByline("记者 崔欣、王辰阳 实习记者 高子涵").credits());
        assertEquals(List.of(new Credit("田野", CreditRole.REPORTER)), parser.leadByline("田野").credits(),
                "a bare name in a lead byline is the paper's reporter");
    }

    @Test
    void photoCreditsOfEveryShapeOnTheSeeds() {
        assertEquals(List.of(new Credit("周美玉", CreditRole.REPORTER), new Credit("周美玉", CreditRole.PHOTOGRAPHER)),
                credits("本报记者 周美玉 摄影报道"));
        assertEquals(List.of(new Credit("余翠平", CreditRole.REPORTER), new Credit("余翠平", CreditRole.PHOTOGRAPHER),
                new Credit("王辰阳", CreditRole.INTERN), new Credit("王辰阳", CreditRole.PHOTOGRAPHER)),
                credits("本报记者 余翠平 实习记者 王辰阳 摄影报道"));
        assertEquals(List.of(new Credit("王辰阳", CreditRole.INTERN), new Credit("王辰阳", CreditRole.PHOTOGRAPHER)),
                credits(" 实习记者 王辰阳 摄"));
        assertEquals(List.of(new Credit("任洁", CreditRole.PHOTOGRAPHER)), credits("任洁 摄"));
        assertEquals(List.of(new Credit("阿依古丽·买买提", CreditRole.PHOTOGRAPHER)), credits("阿依古丽·买买提 摄影"));
    }

    @Test
    void textThatOnlyLooksLikeACreditIsNone() {
        assertEquals(Optional.empty(), parser.photoCredit("市工业(国防)工会举行“凝心铸魂跟党走 团结奋斗新征程”职工摄影大赛"));
        assertEquals(Optional.empty(), parser.photoCredit("照片由他本人拍摄"), "no suffix standing apart");
        assertEquals(Optional.empty(), parser.photoCredit("现场 职工们纷纷拿起手机 摄"), "not names");
        assertEquals(Optional.empty(), parser.photoCredit("本报记者 摄影报道"), "no name");
        assertEquals(Optional.empty(), parser.photoCredit("摄"));
    }

    private List<Credit> credits(String s) {
        return parser.photoCredit(s).orElseThrow(() -> new AssertionError("no credit in " + s)).credits();
    }
}
