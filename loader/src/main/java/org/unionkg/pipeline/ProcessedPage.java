package org.unionkg.pipeline;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.unionkg.article.Article;
import org.unionkg.page.Page;
import org.unionkg.rdf.EntityGraph;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A page carried through the whole flow: its articles and every quad it contributes, by named graph: its own
 * graphs (the page graph and one per article), and the descriptions of the entities they name in the shared
 * entities graph ({@link EntityGraph}), which the page adds to but does not own.
 * Built off the store, so a page that fails anywhere never touches it.
 */
public record ProcessedPage(Page page, List<Article> articles, DatasetGraph graphs) {
    public ProcessedPage {
        articles = List.copyOf(articles);
    }

    /** The named graphs this page owns and replaces: the page graph and one per article (not the entities graph). */
    public Set<Node> graphNames() {
        Set<Node> names = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        graphs.listGraphNodes().forEachRemaining(names::add);
        names.remove(EntityGraph.GRAPH);
        return names;
    }

    public long quadCount() {
        return graphs.stream().count();
    }

    public String describe() {
        return page.id() + " (" + articles.size() + " articles, " + quadCount() + " quads)";
    }

}
