package org.unionkg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.unionkg.article.Article;
import org.unionkg.article.ArticleKind;
import org.unionkg.article.Credit;
import org.unionkg.page.Page;

import java.util.List;

import static org.unionkg.rdf.Nodes.iri;
import static org.unionkg.rdf.Nodes.zh;

/**
 * The article layer of the graph: the page and its articles with headline, decks, body, byline and offsets.
 * Each article's triples go into the named graph whose IRI is the article IRI; the page's into the page IRI's graph.
 * Writes to a {@link StreamRDF}, so the same code feeds TDB2, an N-Quads file or a test collector.
 */
public final class ArticleToRdf {
    private static final java.util.regex.Pattern SOURCE_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9._~-]+");

    private ArticleToRdf() {}

    public static Node pageIri(String pageId) {
        return iri(IriMinter.raw("page", pageId));
    }

    public static Node articleIri(Article article) {
        return iri(IriMinter.raw("article", article.id()));
    }

    /** The IRI of a journalist credited in a byline; the entity resolver gives the same IRI to the same name. */
    public static Node journalistIri(String name) {
        return iri(IriMinter.mint("person", name));
    }

    /**
     * The source file as a resource named by its file name, not its path: the graph must be the same
     * whichever folder or machine the page is loaded from.
     */
    public static Node sourceIri(Page page) {
        String name = page.source().getFileName().toString();
        return iri(SOURCE_NAME.matcher(name).matches() ? IriMinter.raw("source", name) : IriMinter.mint("source", name));
    }

    /** The page resource, in the page's own graph. */
    public static void writePage(Page page, List<Article> articles, StreamRDF out) {
        Node g = pageIri(page.id());
        Node p = g;
        Emitter e = new Emitter(out, g);
        e.add(p, RDF.type.asNode(), UKG.Page.asNode());
        e.add(p, RDFS.label.asNode(), NodeFactory.createLiteralString(page.id()));
        Node source = sourceIri(page);
        e.add(p, Vocab.wasDerivedFrom.asNode(), source);
        e.add(source, RDF.type.asNode(), Vocab.provEntity.asNode());
        e.add(source, RDFS.label.asNode(), NodeFactory.createLiteralString(page.source().getFileName().toString()));
        if (page.meta().newspaper() != null) {
            e.add(p, DCTerms.source.asNode(), zh(page.meta().newspaper()));
        }
        if (page.meta().runningHeader() != null) {
            e.add(p, UKG.runningHeader.asNode(), zh(page.meta().runningHeader()));
        }
        if (page.meta().date() != null) {
            e.add(p, DCTerms.date.asNode(), NodeFactory.createLiteralDT(page.meta().date().toString(), XSDDatatype.XSDdate));
        } else if (page.meta().year() != null) {
            e.add(p, DCTerms.date.asNode(), NodeFactory.createLiteralDT(page.meta().year().toString(), XSDDatatype.XSDgYear));
        }
        for (Article a : articles) {
            e.add(p, SchemaDO.hasPart.asNode(), articleIri(a));
        }
    }

    /** One article and its byline, in the article's own graph; each journalist under {@link #journalistIri}. */
    public static void writeArticle(Page page, Article a, StreamRDF out) {
        writeArticle(page, a, ArticleToRdf::journalistIri, out);
    }

    /**
     * As {@link #writeArticle(Page, Article, StreamRDF)}, with each credited journalist under the IRI
     * {@code journalists} gives: the resolver's, which keeps a journalist apart from a homophone holding the slug.
     */
    public static void writeArticle(Page page, Article a, java.util.function.Function<String, Node> journalists,
                                    StreamRDF out) {
        Node art = articleIri(a);
        Emitter e = new Emitter(out, art);
        e.add(art, RDF.type.asNode(), SchemaDO.NewsArticle.asNode());
        if (a.kind() == ArticleKind.PHOTO) {
            e.add(art, RDF.type.asNode(), UKG.PhotoItem.asNode());
        }
        e.add(art, SchemaDO.headline.asNode(), zh(a.headline()));
        e.add(art, RDFS.label.asNode(), zh(a.headline()));
        for (String deck : a.decks()) {
            e.add(art, UKG.deck.asNode(), zh(deck));
        }
        e.add(art, SchemaDO.articleBody.asNode(), zh(a.body()));
        // ukg:onPage only: it is a sub-property of schema:isPartOf (the ontology says so), so the same link twice
        // was a quad an article that said nothing new
        e.add(art, UKG.onPage.asNode(), pageIri(page.id()));
        e.add(art, UKG.articleNumber.asNode(), integer(a.number()));
        e.add(art, UKG.startOffset.asNode(), integer(a.start()));
        e.add(art, UKG.endOffset.asNode(), integer(a.end()));
        e.add(art, Vocab.wasDerivedFrom.asNode(), sourceIri(page));
        if (page.meta().date() != null) {
            e.add(art, SchemaDO.datePublished.asNode(),
                    NodeFactory.createLiteralDT(page.meta().date().toString(), XSDDatatype.XSDdate));
        }
        if (!a.byline().isEmpty()) {
            e.add(art, UKG.bylineText.asNode(), zh(a.byline().text()));
        }
        int n = 0;
        for (Credit c : a.byline().credits()) {
            n++;
            Node person = journalists.apply(c.name());
            Node credit = iri(IriMinter.raw("credit", a.id() + "-" + n));
            e.add(art, SchemaDO.author.asNode(), person);
            e.add(art, UKG.credit.asNode(), credit);
            // untyped: ukg:BylineCredit follows from ukg:creditedPerson's domain, and no query or shape needs it stated
            e.add(credit, UKG.creditedPerson.asNode(), person);
            // a closed list of codes, so a plain string (the shapes check it): compare with = "记者" without a language tag
            e.add(credit, UKG.creditRole.asNode(), NodeFactory.createLiteralString(c.role().label()));
            // what the journalist is goes to the entities graph, once for all the articles that credit them
            EntityGraph.describePerson(person, c.name()).forEach(out::quad);
        }
    }

    private static Node integer(int value) {
        return NodeFactory.createLiteralDT(Integer.toString(value), XSDDatatype.XSDinteger);
    }

    /** Quads into one graph. */
    private record Emitter(StreamRDF out, Node graph) {
        void add(Node s, Node p, Node o) {
            out.quad(Quad.create(graph, s, p, o));
        }
    }

}
