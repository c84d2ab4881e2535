package org.unionkg.pipeline;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
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
 * The quads are a plain list, each quad once, in no particular order: whoever writes them (the store, a bulk load's
 * N-Quads shards) iterates them; {@link #graphs()} indexes them for a caller that queries them.
 */
public record ProcessedPage(Page page, List<Article> articles, List<Quad> quads) {
    public ProcessedPage {
        articles = List.copyOf(articles);
        quads = List.copyOf(quads);
    }

    /**
     * The quads in a new in-memory dataset, for a caller that queries them (finds by graph, subject, predicate or
     * object). Built on each call, at a cost in proportion to the quads: iterate {@link #quads()} where that will do.
     */
    public DatasetGraph graphs() {
        DatasetGraph graphs = DatasetGraphFactory.create();
        quads.forEach(graphs::add);
        return graphs;
    }

    /** The named graphs this page owns and replaces: the page graph and one per article (not the entities graph). */
    public Set<Node> graphNames() {
        Set<Node> names = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        for (Quad q : quads) {
            if (!EntityGraph.contains(q)) {
                names.add(q.getGraph());
            }
        }
        return names;
    }

    public long quadCount() {
        return quads.size();
    }

    public String describe() {
        return page.id() + " (" + articles.size() + " articles, " + quadCount() + " quads)";
    }

}
