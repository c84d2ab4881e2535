package org.unionkg.pipeline;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.unionkg.article.Article;
import org.unionkg.article.ArticleSplitter;
import org.unionkg.extract.ArticleExtractor;
import org.unionkg.extract.ArticleFacts;
import org.unionkg.extract.ArticleText;
import org.unionkg.extract.event.EventExtractor;
import org.unionkg.extract.event.EventFact;
import org.unionkg.extract.event.EventToRdf;
import org.unionkg.page.BadPageException;
import org.unionkg.page.Page;
import org.unionkg.page.PageReader;
import org.unionkg.rdf.ArticleToRdf;
import org.unionkg.rdf.EntityGraph;
import org.unionkg.rdf.FactsToRdf;
import org.unionkg.resolve.Affiliations;
import org.unionkg.resolve.Homophones;
import org.unionkg.resolve.Namesakes;
import org.unionkg.resolve.Resolution;
import org.unionkg.resolve.Resolver;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One page file through the pure part of the flow: read, split, extract (entities, then events from the
 * entities' mentions), resolve across the page's articles, map to RDF.
 * A pure function of the file (and the manifest, and the namesake table if one is given): it never looks at the
 * store or at other pages, so pages can be processed in parallel, or on another machine, and give the same quads.
 * A bulk load runs {@link #affiliations} over the corpus first, to decide its namesakes once ({@link Namesakes}),
 * then {@link #process(Path, Namesakes)} with that table.
 * Thread-safe: its stages hold no mutable state (HanLP's dictionaries are read-only once loaded).
 */
public final class PageProcessor {
    private final PageReader reader;
    private final ArticleSplitter splitter;
    private final ArticleExtractor extractor;
    private final EventExtractor events;
    private final Resolver resolver = new Resolver();

    public PageProcessor(PageReader reader, ArticleSplitter splitter, ArticleExtractor extractor, EventExtractor events) {
        this.reader = reader;
        this.splitter = splitter;
        this.extractor = extractor;
        this.events = events;
    }

    /** The whole flow with the standard extractors (loads HanLP's dictionaries once: about a second). */
    public static PageProcessor standard(PageReader reader) {
        return new PageProcessor(reader, new ArticleSplitter(), ArticleExtractor.standard(), new EventExtractor());
    }

    public ProcessedPage process(Path file) throws BadPageException {
        return process(reader.read(file));
    }

    /** The page's articles resolved among themselves ({@link Namesakes#NONE}). */
    public ProcessedPage process(Page page) throws BadPageException {
        return process(page, Namesakes.NONE);
    }

    /** As {@link #process(Page, Namesakes)}, reading the file. */
    public ProcessedPage process(Path file, Namesakes namesakes) throws BadPageException {
        return process(reader.read(file), namesakes);
    }

    /**
     * The page's quads, its people given the IRIs {@code namesakes} decided for the corpus the page is part of
     * (names the table leaves alone are resolved across the page's articles), and the slugs several names share
     * held as its {@link Namesakes#homophones()} decided (others among the page's own names). With
     * {@link Namesakes#NONE}, exactly {@link #process(Page)}.
     */
    public ProcessedPage process(Page page, Namesakes namesakes) throws BadPageException {
        return map(extract(page), namesakes);
    }

    /**
     * What extraction found on a page, before any IRI is minted: what {@link #map} turns into quads, as often as the
     * decisions about names change (a transactional load maps a page again when the store already holds a slug one
     * of its names has, which costs a fraction of extracting it).
     *
     * @param events per article (in the order of {@code articles}), the events found in it
     */
    public record Extraction(Page page, List<Article> articles, List<ArticleFacts> facts, List<List<EventFact>> events) {
        public Extraction {
            articles = List.copyOf(articles);
            facts = List.copyOf(facts);
            events = List.copyOf(events);
        }

        /** The journalists the page's bylines credit, in order. */
        public List<String> journalists() {
            List<String> out = new ArrayList<>();
            articles.forEach(a -> a.byline().credits().forEach(c -> out.add(c.name())));
            return out;
        }

        /** Every name the page mints an IRI for, by kind ({@link Resolver#names}). */
        public Set<Homophones.Name> names() {
            return Resolver.names(facts, journalists());
        }
    }

    /** As {@link #extract(Page)}, reading the file. */
    public Extraction extract(Path file) throws BadPageException {
        return extract(reader.read(file));
    }

    /** Splits and extracts the page: its articles' facts and events, no IRIs yet. */
    public Extraction extract(Page page) throws BadPageException {
        List<Article> articles = splitter.split(page);
        try {
            List<ArticleFacts> facts = extract(page, articles);
            List<List<EventFact>> found = new ArrayList<>(articles.size());
            for (int i = 0; i < articles.size(); i++) {
                found.add(events.extract(articles.get(i), facts.get(i).outermostMentions(), page.meta()));
            }
            return new Extraction(page, articles, facts, found);
        } catch (RuntimeException e) {
            // a bug in extraction must cost this page only, and say which page
            throw new BadPageException(page.source(), "could not extract the page: " + e, e);
        }
    }

    /** The quads of an extracted page, with the IRIs {@code namesakes} decides ({@link #process(Page, Namesakes)}). */
    public ProcessedPage map(Extraction x, Namesakes namesakes) throws BadPageException {
        Page page = x.page();
        List<Article> articles = x.articles();
        Collector out = new Collector();
        List<Quad> quads;
        try {
            Resolution resolution = resolver.resolve(x.facts(), x.journalists(), namesakes);
            out.start();
            ArticleToRdf.writePage(page, articles, out);
            for (int i = 0; i < articles.size(); i++) {
                Article a = articles.get(i);
                ArticleFacts f = x.facts().get(i);
                ArticleToRdf.writeArticle(page, a, resolution::journalist, out);
                FactsToRdf.write(a, f, resolution, out);
                EventToRdf.write(a, x.events().get(i), resolution.nodes(a.id()), out);
            }
            out.finish();
            quads = EntityGraph.settled(out.quads);
        } catch (RuntimeException e) {
            throw new BadPageException(page.source(), "could not map the page to RDF: " + e, e);
        }
        return new ProcessedPage(page, articles, quads);
    }

    /** As {@link #affiliations(Page)}, reading the file. */
    public Affiliations affiliations(Path file) throws BadPageException {
        return affiliations(reader.read(file));
    }

    /**
     * Only what deciding namesakes and shared slugs needs of this page: read, split and extract its articles, then
     * each person's bodies per article and the names it mints IRIs for; no events, no resolution, no RDF. The first
     * pass of a bulk load.
     */
    public Affiliations affiliations(Page page) throws BadPageException {
        List<Article> articles = splitter.split(page);
        try {
            List<String> journalists = new ArrayList<>();
            articles.forEach(a -> a.byline().credits().forEach(c -> journalists.add(c.name())));
            return Affiliations.of(page.id(), extract(page, articles), journalists);
        } catch (RuntimeException e) {
            throw new BadPageException(page.source(), "could not extract the page: " + e, e);
        }
    }

    /** All the page's articles segmented first, then read: the segmenter runs with its dictionaries warm in the caches. */
    private List<ArticleFacts> extract(Page page, List<Article> articles) {
        List<ArticleText> texts = new ArrayList<>(articles.size());
        for (Article a : articles) {
            texts.add(extractor.text(a, page.meta()));
        }
        List<ArticleFacts> facts = new ArrayList<>(articles.size());
        for (int i = 0; i < articles.size(); i++) {
            facts.add(extractor.factsOf(articles.get(i), texts.get(i)));
        }
        return facts;
    }

    /**
     * The page's quads as the writers send them, each once (an entity's description comes from every article
     * that names it). A hash set, not an in-memory dataset: nothing queries a page's quads before the store
     * takes them, and indexing them by graph, subject, predicate and object cost about a tenth of the page.
     */
    private static final class Collector extends StreamRDFBase {
        final Set<Quad> quads = new LinkedHashSet<>(1024);

        @Override
        public void quad(Quad quad) {
            quads.add(quad);
        }

        @Override
        public void triple(Triple triple) {
            throw new IllegalStateException("a triple outside any named graph: " + triple);
        }
    }
}
