package org.unionkg.extract;

import org.unionkg.article.Article;
import org.unionkg.article.ArticleKind;
import org.unionkg.article.Byline;
import org.unionkg.page.PageMeta;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Articles cut by hand from the seed pages (test resources {@code org/unionkg/extract/articles/<article-id>.txt}:
 * headline, {@code deck:} lines, {@code ---}, then the body with column breaks joined), so extraction can be tested
 * before the article splitter exists.
 */
public final class ArticleFixtures {
    /** The seed pages are from 2025 (seeds/manifest.json). */
    public static final PageMeta META_2025 = new PageMeta("seed", "劳动午报", null, null, 2025, null);

    private ArticleFixtures() {}

    public static Article article(String articleId) {
        String path = "/org/unionkg/extract/articles/" + articleId + ".txt";
        try (InputStream in = ArticleFixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#")).toList();
            int sep = lines.indexOf("---");
            String headline = lines.get(0);
            List<String> decks = new ArrayList<>();
            for (String l : lines.subList(1, sep)) {
                decks.add(l.substring("deck: ".length()));
            }
            String body = String.join("\n", lines.subList(sep + 1, lines.size())).strip();
            return of(articleId, headline, decks, body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An article with this id ({@code <pageId>-NN}), headline and body. */
    public static Article of(String articleId, String headline, List<String> decks, String body) {
        int dash = articleId.lastIndexOf('-');
        return new Article(articleId.substring(0, dash), Integer.parseInt(articleId.substring(dash + 1)), headline, decks,
                Byline.NONE, body, ArticleKind.NEWS, 0, body.length());
    }
}
