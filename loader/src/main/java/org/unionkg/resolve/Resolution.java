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
 * {@code id/honour/<slug>}, people {@code id/person/<slug>} with a tie-break hash only for namesakes kept apart;
 * a name whose slug another name holds ({@link Homophones}) gets {@code <slug>-<hash of the name>} instead of the plain
 * slug, whatever its kind.
 */
public final class Resolution {
    /** One person's name in one article. */
    record PersonKey(String articleId, String name) {}

    private final Map<PersonKey, String> tieBreakers;
    private final Homophones homophones;

    Resolution(Map<PersonKey, String> tieBreakers, Homophones homophones) {
        this.tieBreakers = Map.copyOf(tieBreakers);
        this.homophones = homophones;
    }

    /** The person this name stands for in this article. */
    public Node person(String articleId, String name) {
        String tie = tieBreakers.get(new PersonKey(articleId, name));
        return NodeFactory.createURI(tie == null ? homophones.iri("person", name) : IriMinter.mint("person", name, tie));
    }

    /**
     * A journalist credited in a byline: the name's own IRI (a journalist holds no post, so never a namesake's
     * tie-broken one), apart from a homophone holding the slug.
     */
    public Node journalist(String name) {
        return NodeFactory.createURI(homophones.iri("person", name));
    }

    /** An organisation or union body by canonical name. */
    public Node org(String canonical) {
        return NodeFactory.createURI(homophones.iri("org", canonical));
    }

    /** A place or venue by canonical name. */
    public Node place(String canonical) {
        return NodeFactory.createURI(homophones.iri("place", canonical));
    }

    /** An honour (SKOS concept) by canonical name. */
    public Node honour(String canonical) {
        return NodeFactory.createURI(homophones.iri("honour", canonical));
    }

    /** Who holds the slugs this batch's names share: what the IRIs above were decided with. */
    public Homophones homophones() {
        return homophones;
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
