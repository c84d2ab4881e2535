package org.unionkg.pipeline;

import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.unionkg.article.Article;
import org.unionkg.article.ArticleSplitter;
import org.unionkg.page.BadPageException;
import org.unionkg.page.Page;
import org.unionkg.page.PageReader;
import org.unionkg.rdf.ArticleToRdf;

import java.nio.file.Path;
import java.util.List;

/**
 * One page file through the pure part of the flow: read, split, extract, map to RDF.
 * A pure function of the file (and the manifest): it never looks at the store or at other pages,
 * so pages can be processed in parallel, or on another machine, and give the same quads.
 * Thread-safe when its stages are (they hold no mutable state).
 */
public final class PageProcessor {
    private final PageReader reader;
    private final ArticleSplitter splitter;

    public PageProcessor(PageReader reader, ArticleSplitter splitter) {
        this.reader = reader;
        this.splitter = splitter;
    }

    public ProcessedPage process(Path file) throws BadPageException {
        return process(reader.read(file));
    }

    /** A page already in memory through the rest of the flow (the benchmark times extraction without disk). */
    public ProcessedPage process(Page page) throws BadPageException {
        Path file = page.source();
        List<Article> articles = splitter.split(page);
        DatasetGraph graphs = DatasetGraphFactory.create();
        StreamRDF out = StreamRDFLib.dataset(graphs);
        try {
            out.start();
            ArticleToRdf.writePage(page, articles, out);
            for (Article a : articles) {
                ArticleToRdf.writeArticle(page, a, out);
            }
            out.finish();
        } catch (RuntimeException e) {
            throw new BadPageException(file, "could not map the page to RDF: " + e.getMessage(), e);
        }
        return new ProcessedPage(page, articles, graphs);
    }
}
