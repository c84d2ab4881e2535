package org.unionkg.resolve;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.unionkg.extract.Mention;
import org.unionkg.rdf.IriMinter;

import java.util.Map;
import java.util.function.Function;

/**
 * The IRIs of the things a batch of articles names, as {@link Resolver} decided. Immutable; thread-safe.
 * Organisations (union bodies included) are {@code id/org/<slug>}, places {@code id/place/<slug>}, honours
 * {@code id/honour/<slug>}, people {@code id/person/<slug>} with a tie-break hash only for namesakes kept apart.
 */
public final class Resolution {
    /** One person's name in one article. */
    record PersonKey(String articleId, String name) {}

    private final Map<PersonKey, String> tieBreakers;

    Resolution(Map<PersonKey, String> tieBreakers) {
        this.tieBreakers = Map.copyOf(tieBreakers);
    }

    /** The person this name stands for in this article. */
    public Node person(String articleId, String name) {
        String tie = tieBreakers.get(new PersonKey(articleId, name));
        return NodeFactory.createURI(tie == null ? IriMinter.mint("person", name) : IriMinter.mint("person", name, tie));
    }

    /** An organisation or union body by canonical name. */
    public Node org(String canonical) {
        return NodeFactory.createURI(IriMinter.mint("org", canonical));
    }

    /** A place or venue by canonical name. */
    public Node place(String canonical) {
        return NodeFactory.createURI(IriMinter.mint("place", canonical));
    }

    /** An honour (SKOS concept) by canonical name. */
    public Node honour(String canonical) {
        return NodeFactory.createURI(IriMinter.mint("honour", canonical));
    }

    /** What a mention in this article refers to. */
    public Node node(String articleId, Mention mention) {
        return switch (mention.type()) {
            case PERSON -> person(articleId, mention.canonical());
            case UNION, ORGANIZATION -> org(mention.canonical());
            case PLACE, VENUE -> place(mention.canonical());
            case HONOUR -> honour(mention.canonical());
        };
    }

    /** {@link #node(String, Mention)} for one article, for writers of other facts (events) about its mentions. */
    public Function<Mention, Node> nodes(String articleId) {
        return m -> node(articleId, m);
    }

    /** The last path segment of an IRI minted here (zhang-liang, bei-jing-shi-zong-gong-hui): for post and award IRIs. */
    public static String localName(Node iri) {
        String s = iri.getURI();
        return s.substring(s.lastIndexOf('/') + 1);
    }
}
