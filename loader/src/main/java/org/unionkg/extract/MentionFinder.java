package org.unionkg.extract;

import java.util.List;

/**
 * Finds names of one or more kinds in an article's text (OpenNLP's {@code TokenNameFinder} shape). Finders propose;
 * {@link CompositeFinder} settles overlaps and the fact builder decides canonical names.
 */
public interface MentionFinder {
    /** Candidate mentions, offsets into {@link ArticleText#text()}; canonical is the finder's best guess. */
    List<Mention> find(ArticleText text);
}
