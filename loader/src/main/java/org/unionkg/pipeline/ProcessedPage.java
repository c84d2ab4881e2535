package org.unionkg.pipeline;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.unionkg.article.Article;
import org.unionkg.page.Page;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A page carried through the whole flow: its articles and every quad it contributes, by named graph.
 * Built off the store, so a page that fails anywhere never touches it.
 */
public record ProcessedPage(Page page, List<Article> articles, DatasetGraph graphs) {
    public ProcessedPage {
        articles = List.copyOf(articles);
    }

    /** The named graphs this page writes: the page graph and one per article. */
    public Set<Node> graphNames() {
        Set<Node> names = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        graphs.listGraphNodes().forEachRemaining(names::add);
        return names;
    }

    public long quadCount() {
        return graphs.stream().count();
    }

    public String describe() {
        return page.id() + " (" + articles.size() + " articles, " + quadCount() + " quads)";
    }

}
