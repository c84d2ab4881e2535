package org.unionkg.article;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unionkg.page.BadPageException;
import org.unionkg.page.Page;
import org.unionkg.page.TestPages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every page with a hand-checked {@code pages/expected/<page id>.json} (the five seeds and the pages written in
 * their style): the exact articles in order, and for each its decks, kind, credits, how its body starts and ends,
 * its paragraphs, and that its span in the page text holds its headline and its body's last sentence.
 */
class ArticleSplitterGoldenTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> pages() throws IOException {
        try (Stream<Path> files = Files.list(TestPages.ownPages().resolve("expected"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".json"))
                    .map(n -> n.substring(0, n.length() - ".json".length()))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void articlesAreAsReadByHand(String pageId) throws IOException, BadPageException {
        JsonNode expected = JSON.readTree(TestPages.ownPages().resolve("expected/" + pageId + ".json").toFile());
        Page page = TestPages.read(pageId);
        List<Article> articles = new ArticleSplitter().split(page);

        List<String> wantHeadlines = new ArrayList<>();
        expected.get("articles").forEach(a -> wantHeadlines.add(a.get("headline").asText()));
        assertEquals(wantHeadlines, articles.stream().map(Article::headline).toList(), "headlines of " + pageId);

        for (int i = 0; i < articles.size(); i++) {
            Article got = articles.get(i);
            JsonNode want = expected.get("articles").get(i);
            String where = got.id() + " " + got.headline();
            assertEquals(pageId, got.pageId());
            assertEquals(i + 1, got.number(), where);
            assertEquals(strings(want.get("decks")), got.decks(), where + " decks");
            assertEquals(ArticleKind.valueOf(want.get("kind").asText()), got.kind(), where + " kind");
            assertEquals(strings(want.get("credits")),
                    got.byline().credits().stream().map(c -> c.role() + " " + c.name()).toList(), where + " credits");
            String body = got.body();
            assertTrue(body.startsWith(want.get("bodyStarts").asText()), where + " body starts: " + head(body));
            assertTrue(body.endsWith(want.get("bodyEnds").asText()), where + " body ends: " + tail(body));
            assertEquals(want.get("paragraphs").asInt(), body.split("\n", -1).length, where + " paragraphs");
            assertFalse(body.contains("\n\n") || body.startsWith("\n") || body.endsWith("\n"), where + " blank paragraph");
            assertFalse(body.contains("本报讯") || body.contains("摄影报道") || body.contains("#") || body.contains("**"),
                    where + " body keeps lead marker, credit or Markdown: " + body);

            String span = page.text().substring(got.start(), got.end());
            String firstTitleLine = got.decks().isEmpty() || !span.startsWith(got.decks().get(0))
                    ? got.headline() : got.decks().get(0);
            assertTrue(span.startsWith(firstTitleLine), where + " span starts with its first title line: " + head(span));
            assertTrue(span.contains(got.headline()), where + " span holds the headline");
            assertTrue(unbroken(span).contains(lastSentence(body)), where + " span holds the last sentence " + lastSentence(body));
            if (i > 0) {
                assertTrue(got.start() > articles.get(i - 1).start(), where + " in page order");
            }
        }
    }

    /** The page text without its line breaks and indentation, so a sentence cut by a column break reads whole. */
    private static String unbroken(String s) {
        return s.replaceAll("[\\s　]*\\n[\\s　]*", "");
    }

    /** The body's last sentence: after the last 。！？ that is not the final character. */
    static String lastSentence(String body) {
        int end = body.length();
        int from = 0;
        for (int i = end - 2; i >= 0; i--) {
            char c = body.charAt(i);
            if (c == '。' || c == '！' || c == '？' || c == '\n') {
                from = i + 1;
                break;
            }
        }
        String s = body.substring(from, end);
        return s.startsWith("”") ? s.substring(1) : s;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String head(String s) {
        return s.substring(0, Math.min(30, s.length()));
    }

    private static String tail(String s) {
        return s.substring(Math.max(0, s.length() - 30));
    }
}
