package org.unionkg.article;

import org.unionkg.page.BadPageException;
import org.unionkg.page.Page;

import java.util.List;

/** TODO(h1): split a page into its articles. */
public final class ArticleSplitter {
    /** The page's articles in page order; a page with none is a {@link BadPageException}. */
    public List<Article> split(Page page) throws BadPageException {
        throw new UnsupportedOperationException("h1");
    }
}
