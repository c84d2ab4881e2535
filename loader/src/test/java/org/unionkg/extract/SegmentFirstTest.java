package org.unionkg.extract;

import org.junit.jupiter.api.Test;
import org.unionkg.article.Article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The page processor segments all of a page's articles before reading any ({@link ArticleExtractor#text} then
 * {@link ArticleExtractor#factsOf(Article, ArticleText)}): the two halves must give what the one call gives.
 */
class SegmentFirstTest {
    private final ArticleExtractor extractor = SharedExtractor.extractor();

    @Test
    void theTwoHalvesGiveTheFactsOfTheWhole() {
        for (String id : new String[]{"000_8c79aeed4abb6d7c-01", "001_807a0e5f213dd034-01", "004_983e73bff6a30a31-01"}) {
            Article a = ArticleFixtures.article(id);
            ArticleText text = extractor.text(a, ArticleFixtures.META_2025);
            assertEquals(extractor.extract(a, ArticleFixtures.META_2025), extractor.factsOf(a, text), id);
        }
    }

    @Test
    void theTextIsTheBodyThenTheHeadlineSegmented() {
        Article a = ArticleFixtures.article("000_8c79aeed4abb6d7c-01");
        ArticleText text = extractor.text(a, ArticleFixtures.META_2025);
        assertEquals(a.body().length(), text.bodyLength());
        assertTrue(text.text().startsWith(a.body() + "\n" + a.headline()));
        assertEquals(2025, text.year());
        assertEquals(text.length(), text.tokens().get(text.tokens().size() - 1).end(), "the tokens cover the text");
        // the first fact the inspection article names: the municipal federation's vice-chair
        assertTrue(extractor.factsOf(a, text).posts().stream().anyMatch(p -> p.person().equals("蒋文云")
                && p.organization().equals("北京市总工会")));
    }
}
