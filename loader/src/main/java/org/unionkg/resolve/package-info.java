/**
 * Cross-article resolution: which names in a batch of {@link org.unionkg.extract.ArticleFacts} are the same thing,
 * as IRIs ({@link org.unionkg.resolve.Resolution}). Deterministic and separate from extraction, so it can be
 * rerun over any set of articles.
 */
package org.unionkg.resolve;
