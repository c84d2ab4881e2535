package org.unionkg.article;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleCuesTest {
    private final ArticleCues cues = ArticleCues.defaults();

    @Test
    void lexiconFileIsNfcWithACommentAndAHeaderRow() throws IOException {
        try (InputStream in = ArticleCues.class.getResourceAsStream(ArticleCues.RESOURCE)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.startsWith("# "), "starts with a comment saying what the file is for");
            assertTrue(text.contains("\ncue\ttype\tvalue\n"));
            assertEquals(Normalizer.normalize(text, Normalizer.Form.NFC), text);
        }
    }

    @Test
    void cuesOfTheSeeds() {
        assertTrue(cues.runningHeaders().contains("深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面"));
        assertEquals("本报讯", cues.leadMarkerAt("本报讯（记者 边磊）近日"));
        assertNull(cues.leadMarkerAt("据本报讯"));
        assertEquals(CreditRole.INTERN, cues.roleAt("实习记者 王辰阳", 0).getValue(), "longest role word wins");
        assertEquals(CreditRole.REPORTER, cues.roleAt("本报记者 周美玉", 0).getValue());
        assertTrue(cues.isPhotoSuffix("摄影报道"));
    }

    @Test
    void whatEndsAParagraph() {
        assertTrue(cues.endsSentence("凝聚团队创新合力。"));
        assertTrue(cues.endsSentence("更是一场触及心灵的精神洗礼。”"));
        assertTrue(cues.endsSentence("“暖心十条”包括："));
        assertFalse(cues.endsSentence("围绕“师带徒”梯度培养模式与“项目制”"), "a bare closing quote is mid-sentence");
        assertFalse(cues.endsSentence("《唱支山歌给党听》《一路生花》"));
        assertFalse(cues.endsSentence("推动工会"));
        assertFalse(cues.endsSentence(""));
        assertTrue(cues.startsAsContinuation("”快递员王师傅说"));
        assertTrue(cues.startsAsContinuation("、优秀奖"));
        assertFalse(cues.startsAsContinuation("“北排青年榜样”。"), "an opening quote may begin a paragraph");
        assertEquals("参加活动。".length(), cues.lastSentenceEnd("参加活动。 实习记者 王辰阳 摄"));
    }

    @Test
    void editorialNotesAreWholeBracketedLines() {
        assertTrue(cues.isEditorialNote("（完）"));
        assertTrue(cues.isEditorialNote("（下转第2版）"));
        assertFalse(cues.isEditorialNote("（以下简称“经开区”）"));
        assertFalse(cues.isEditorialNote("（完）近日，职工参加活动。"));
    }

    @Test
    void headlinesKeepCommasOnlyInsideQuotes() {
        assertFalse(cues.hasClauseMarkOutsideQuotes("“天天都是4·15，携手共筑首都安全防线”主题宣讲活动举办"));
        assertTrue(cues.hasClauseMarkOutsideQuotes("近日，石景山区鲁谷街道总工会在辖区职工书屋举办读书分享会"));
    }

    @Test
    void malformedLexiconRowsAreRefusedWithTheirLine() {
        assertTrue(assertThrows(IllegalStateException.class,
                () -> ArticleCues.parse(List.of("# c", "cue\ttype\tvalue", "本报讯\tLEAD"))).getMessage().contains(":3"));
        assertTrue(assertThrows(IllegalStateException.class,
                () -> ArticleCues.parse(List.of("cue\ttype", "记者\tCREDIT_ROLE"))).getMessage().contains("role"));
        assertTrue(assertThrows(IllegalStateException.class,
                () -> ArticleCues.parse(List.of("cue\ttype", "摄\tPHOTO_SUFFIX", "摄\tPHOTO_SUFFIX"))).getMessage()
                .contains("duplicate"));
        assertThrows(IllegalStateException.class, () -> ArticleCues.parse(List.of("word\tkind", "摄\tPHOTO_SUFFIX")));
    }
}
