package org.unionkg.article;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.unionkg.page.BadPageException;
import org.unionkg.page.Manifest;
import org.unionkg.page.Page;
import org.unionkg.page.PageReader;
import org.unionkg.page.TestPages;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pages the splitter must refuse, and pages from odd files it must still cut. */
class NoArticlesTest {
    @TempDir
    Path dir;

    private final ArticleSplitter splitter = new ArticleSplitter();

    @Test
    void pageWithOnlyMarkdownMarksHasNoArticles() throws Exception {
        Path file = write("marks.txt", "# \n\n## \n\n**  **\n\n---\n\n# 深入学习贯彻党的二十大精神 奋力开拓首都工会工作新局面\n");
        Page page = new PageReader(Manifest.empty()).read(file);
        BadPageException e = assertThrows(BadPageException.class, () -> splitter.split(page));
        assertEquals(file, e.file());
        assertTrue(e.reason().startsWith("no articles found"), e.reason());
        assertTrue(e.reason().contains("Markdown"), e.reason());
    }

    @Test
    void pageOfBodyTextWithNoLeadOrCreditHasNoArticles() throws Exception {
        Path file = write("tail.txt", "相关负责人表示，下一步将持续深化志愿服务。\n\n活动现场气氛热烈。\n");
        Page page = new PageReader(Manifest.empty()).read(file);
        BadPageException e = assertThrows(BadPageException.class, () -> splitter.split(page));
        assertTrue(e.reason().startsWith("no articles found"), e.reason());
        assertTrue(e.reason().contains("本报讯"), "says what it looked for: " + e.reason());
    }

    @Test
    void textBeforeTheFirstArticleIsLeftOut() throws Exception {
        Path file = write("carried.txt", "上接第一版的最后一段文字，到此结束。\n\n海淀区总工会举办职工运动会\n\n"
                + "本报讯（记者 田野）近日，海淀区总工会举办职工运动会。\n");
        List<Article> a = splitter.split(new PageReader(Manifest.empty()).read(file));
        assertEquals(1, a.size());
        assertEquals("海淀区总工会举办职工运动会", a.get(0).headline());
        assertEquals("近日，海淀区总工会举办职工运动会。", a.get(0).body());
    }

    @Test
    void gbkCrlfPageIsSplitLikeItsUtf8Twin() throws Exception {
        String utf8 = Files.readString(TestPages.seeds().resolve("003_ba22a2eb888b9f8c.txt"));
        Path gbk = dir.resolve("003_ba22a2eb888b9f8c.txt");
        Files.write(gbk, utf8.replace("\n", "\r\n").getBytes(Charset.forName("GB18030")));
        Page page = new PageReader(TestPages.manifest()).read(gbk);
        assertEquals(utf8, page.text());
        assertEquals(splitter.split(TestPages.read("003_ba22a2eb888b9f8c")), splitter.split(page));
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }
}
