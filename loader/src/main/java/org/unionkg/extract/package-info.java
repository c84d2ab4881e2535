/**
 * Extraction: from an {@link org.unionkg.article.Article} to its entities, relations and the {@link
 * org.unionkg.extract.Mention}s that locate them in the body.
 *
 * <pre>
 * Article ──ArticleText.of (body + headline + decks, segmented once by a Segmenter)──▶ ArticleText
 *   ──MentionFinder (CompositeFinder of GazetteerFinder, OrgPatternFinder, PersonFinder)──▶ candidate mentions
 *   ──ArticleExtractor (aliases, article district, UnionNames, OrgNames, PostReader, AwardReader)──▶ ArticleFacts
 * </pre>
 *
 * <p>Entry point: {@link org.unionkg.extract.ArticleExtractor#extract(org.unionkg.article.Article,
 * org.unionkg.page.PageMeta)}. Build one extractor (it holds one HanLP segmenter, see
 * {@link org.unionkg.extract.hanlp.HanlpSegmenter}) in the composition root and share it: it is thread-safe.
 * Domain knowledge lives in {@code src/main/resources/org/unionkg/lexicon/*.tsv}, read by
 * {@link org.unionkg.extract.Lexicon}. Cross-article identity is {@link org.unionkg.resolve.Resolver}'s job,
 * RDF is {@link org.unionkg.rdf.FactsToRdf}'s.
 */
package org.unionkg.extract;
