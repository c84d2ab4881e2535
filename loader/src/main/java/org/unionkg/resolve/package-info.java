/**
 * Cross-article resolution: which names in a batch of {@link org.unionkg.extract.ArticleFacts} are the same thing,
 * as IRIs ({@link org.unionkg.resolve.Resolution}). Deterministic and separate from extraction, so it can be
 * rerun over any set of articles. {@link org.unionkg.resolve.Resolver} resolves the articles of one page (in
 * the pure, parallel page pipeline); {@link org.unionkg.resolve.StoreResolver} applies the same rule to every
 * article graph in the store after each write, so that namesakes on pages loaded separately stay apart;
 * {@link org.unionkg.resolve.Namesakes} is the same rule decided once for a whole corpus before a bulk load writes it.
 */
package org.unionkg.resolve;
