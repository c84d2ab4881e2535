package org.unionkg.extract;

import org.unionkg.extract.hanlp.HanlpSegmenter;

/** One HanLP segmenter and extractor for all tests in a JVM: building one loads HanLP's dictionaries. */
public final class SharedExtractor {
    private SharedExtractor() {}

    private static final class Holder {
        static final HanlpSegmenter SEGMENTER = new HanlpSegmenter(Lexicon.standard());
        static final ArticleExtractor EXTRACTOR = new ArticleExtractor(Lexicon.standard(), SEGMENTER);
    }

    public static Segmenter segmenter() {
        return Holder.SEGMENTER;
    }

    public static ArticleExtractor extractor() {
        return Holder.EXTRACTOR;
    }

    /** The facts of a fixture article, with the seed pages' year. */
    public static ArticleFacts facts(String articleId) {
        return extractor().extract(ArticleFixtures.article(articleId), ArticleFixtures.META_2025);
    }
}
