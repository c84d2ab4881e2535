package org.unionkg.article;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ColumnBreakRepairTest {
    private final ArticleCues cues = ArticleCues.defaults();

    @Test
    void joinsALineThatDoesNotEndASentence() {
        assertEquals("促进有效实施，推动工会工作在新时代法治轨道上提质增效。\n当天，执法检查组来到企业。",
                ColumnBreakRepair.join(List.of("促进有效实施，推动工会", "工作在新时代法治轨道上提质增效。",
                        "当天，执法检查组来到企业。"), cues));
    }

    @Test
    void joinsALineThatStartsWithAClosingMark() {
        assertEquals("“能歇脚的地方。”快递员说。",
                ColumnBreakRepair.join(List.of("“能歇脚的地方。", "”快递员说。"), cues));
    }

    @Test
    void keepsParagraphsThatEndWithAFinalMark() {
        assertEquals("“暖心十条”包括：\n为一线职工免费体检。",
                ColumnBreakRepair.join(List.of("“暖心十条”包括：", "为一线职工免费体检。"), cues));
    }
}
