package org.unionkg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.unionkg.article.Article;
import org.unionkg.extract.ArticleFacts;
import org.unionkg.extract.AwardFact;
import org.unionkg.extract.Mention;
import org.unionkg.extract.MentionType;
import org.unionkg.extract.OrgFact;
import org.unionkg.extract.PlaceFact;
import org.unionkg.extract.PostFact;
import org.unionkg.resolve.Resolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes one article's extracted facts as quads in the named graph of the article ({@code id/article/<id>}), in the
 * shape of the team's RDF contract (what each entity named <em>is</em>, its types and canonical label, goes to the
 * entities graph instead: {@link EntityGraph}): union bodies and organisations, places, people, posts ({@code org:Membership}),
 * honours and awards, {@code schema:mentions} from the article to every entity named in its body, and one
 * mention evidence node ({@code id/mention/<articleId>-<n>}: {@code ukg:mentionOf} and the span's offsets) per
 * mention. It does not write the article's own description or its byline (the article layer does).
 *
 * <p>Stateless and thread-safe; the sink need not be.
 */
public final class FactsToRdf {
    private static final String ZH = "zh";
    private static final Comparator<OrgFact> ORGS_BY_NAME = Comparator.comparing(OrgFact::name);
    private static final Comparator<PlaceFact> PLACES_BY_NAME = Comparator.comparing(PlaceFact::name);
    private static final Node SCHEME_HONOURS = NodeFactory.createURI(UKG.ID + "scheme/honours");

    private FactsToRdf() {}

    /** Writes the facts of one article to {@code out}; calls neither {@code start()} nor {@code finish()}. */
    public static void write(Article article, ArticleFacts facts, Resolution resolution, StreamRDF out) {
        new Writer(article, facts, resolution, out).write();
    }

    /** The post IRI: {@code id/post/<person-slug>--<org-slug>}. */
    public static Node postIri(Node person, Node org) {
        return NodeFactory.createURI(UKG.ID + "post/" + Resolution.localName(person) + "--" + Resolution.localName(org));
    }

    /** The award IRI: {@code id/award/<awardee-slug>--<honour-slug>}. */
    public static Node awardIri(Node awardee, Node honour) {
        return NodeFactory.createURI(UKG.ID + "award/" + Resolution.localName(awardee) + "--" + Resolution.localName(honour));
    }

    private static final class Writer {
        private final ArticleFacts facts;
        private final Resolution res;
        private final StreamRDF out;
        private final Node graph;
        private final Node articleNode;
        private final String articleId;

        Writer(Article article, ArticleFacts facts, Resolution res, StreamRDF out) {
            this.facts = facts;
            this.res = res;
            this.out = out;
            this.articleId = article.id();
            this.articleNode = NodeFactory.createURI(IriMinter.raw("article", articleId));
            this.graph = articleNode;
        }

        void write() {
            List<OrgFact> orgs = new ArrayList<>(facts.orgs().values());
            orgs.sort(ORGS_BY_NAME);
            orgs.forEach(this::org);
            List<PlaceFact> places = new ArrayList<>(facts.places().values());
            places.sort(PLACES_BY_NAME);
            places.forEach(this::place);
            facts.persons().forEach(p -> {
                Node n = res.person(articleId, p);
                entity(n, RDF.type.asNode(), FOAF.Person.asNode());
                entity(n, RDFS.label.asNode(), zh(p));
            });
            facts.honours().forEach(this::honour);
            facts.posts().forEach(this::post);
            facts.awards().forEach(this::award);
            mentions();
        }

        private void org(OrgFact o) {
            Node n = res.org(o.name());
            if (o.type() == MentionType.UNION) {
                entity(n, RDF.type.asNode(), UKG.UnionBody.asNode());
                entity(n, RDF.type.asNode(), ORG.FormalOrganization.asNode());
            }
            // stated for unions too, so that queries without inference find every body with one pattern
            entity(n, RDF.type.asNode(), ORG.Organization.asNode());
            entity(n, RDFS.label.asNode(), zh(o.name()));
            o.altLabels().forEach(a -> quad(n, SKOS.altLabel.asNode(), zh(a)));
            if (o.parent() != null) {
                quad(n, ORG.subOrganizationOf.asNode(), res.org(o.parent()));
            }
            if (o.employer() != null) {
                quad(n, UKG.unionOf.asNode(), res.org(o.employer()));
            }
            if (o.level() != null) {
                // a union's level follows from its canonical name (the rules read it off the name)
                entity(n, UKG.level.asNode(), NodeFactory.createURI(IriMinter.raw("level", o.level())));
            }
            if (o.kind() != null && o.type() == MentionType.ORGANIZATION) {
                quad(n, UKG.orgKind.asNode(), NodeFactory.createLiteralString(o.kind()));
            }
            if (o.place() != null) {
                quad(n, UKG.locatedIn.asNode(), res.place(o.place()));
            }
        }

        private void place(PlaceFact p) {
            Node n = res.place(p.name());
            entity(n, RDF.type.asNode(), UKG.Place.asNode());
            switch (p.kind()) {
                case "district" -> {
                    if (p.within() == null) {
                        entity(n, RDF.type.asNode(), UKG.District.asNode()); // Beijing's districts; 武清区 is just a place
                    }
                }
                case "subdistrict" -> entity(n, RDF.type.asNode(), UKG.Subdistrict.asNode());
                case "venue" -> entity(n, RDF.type.asNode(), UKG.Venue.asNode());
                default -> { }
            }
            entity(n, RDFS.label.asNode(), zh(p.name()));
            if (p.within() != null) {
                quad(n, UKG.within.asNode(), res.place(p.within()));
            }
        }

        private void honour(String name) {
            Node n = res.honour(name);
            entity(n, RDF.type.asNode(), UKG.Honour.asNode());
            entity(n, RDF.type.asNode(), SKOS.Concept.asNode());
            entity(n, SKOS.inScheme.asNode(), SCHEME_HONOURS);
            entity(n, RDFS.label.asNode(), zh(name));
            // the scheme's own concepts have this label already (and are not described again: EntityGraph.settle);
            // an honour recognised by its shape (大兴工匠) needs it
            entity(n, SKOS.prefLabel.asNode(), zh(name));
        }

        private void post(PostFact p) {
            Node person = res.person(articleId, p.person());
            Node org = res.org(p.organization());
            Node post = postIri(person, org);
            quad(post, RDF.type.asNode(), ORG.Membership.asNode());
            quad(post, ORG.member.asNode(), person);
            quad(post, ORG.organization.asNode(), org);
            if (p.roleText() != null) {
                quad(post, UKG.roleText.asNode(), zh(p.roleText()));
            }
            for (String title : p.roles()) {
                Node role = NodeFactory.createURI(IriMinter.mint("role", title));
                quad(post, ORG.role.asNode(), role);
                entity(role, RDF.type.asNode(), ORG.Role.asNode());
                entity(role, RDF.type.asNode(), SKOS.Concept.asNode());
                entity(role, RDFS.label.asNode(), zh(title));
            }
            if (!p.evidence().isEmpty()) {
                quad(post, UKG.evidence.asNode(), zh(p.evidence()));
            }
        }

        private void award(AwardFact a) {
            Node awardee = a.awardeeType() == MentionType.PERSON ? res.person(articleId, a.awardee()) : res.org(a.awardee());
            Node honour = res.honour(a.honour());
            Node award = awardIri(awardee, honour);
            quad(award, RDF.type.asNode(), UKG.HonourAward.asNode());
            quad(award, UKG.awardee.asNode(), awardee);
            quad(award, UKG.honour.asNode(), honour);
            if (a.year() != null) {
                quad(award, UKG.awardYear.asNode(), NodeFactory.createLiteralDT(String.valueOf(a.year()), XSDDatatype.XSDgYear));
            }
            if (a.conferredBy() != null) {
                quad(award, UKG.conferredBy.asNode(), res.org(a.conferredBy()));
            }
            if (!a.evidence().isEmpty()) {
                quad(award, UKG.evidence.asNode(), zh(a.evidence()));
            }
            if (!facts.honours().contains(a.honour())) {
                honour(a.honour());
            }
        }

        private void mentions() {
            Set<Node> mentioned = new LinkedHashSet<>();
            int n = 0;
            for (Mention m : facts.mentions()) {
                Node entity = res.node(articleId, m);
                mentioned.add(entity);
                // an IRI, not a blank node: a re-load must give the very same quads
                Node node = NodeFactory.createURI(IriMinter.raw("mention", articleId + "-" + (++n)));
                // three quads, not five: the type follows from ukg:mentionOf (its rdfs:domain) and the sentence from
                // the span in this graph's schema:articleBody (sentence(body, start, end)); a third of the store was
                // mentions, and the bulk loader's time grows with the quads. The linked-data views state both again
                // (server ResourceDescriber), as they do the types of byline credits and participations.
                quad(node, UKG.mentionOf.asNode(), entity);
                quad(node, UKG.startOffset.asNode(), integer(m.start()));
                quad(node, UKG.endOffset.asNode(), integer(m.end()));
            }
            mentioned.forEach(e -> quad(articleNode, SchemaDO.mentions.asNode(), e));
        }

        private void quad(Node s, Node p, Node o) {
            out.quad(Quad.create(graph, s, p, o));
        }

        /** What the entity is, whoever names it: in the entities graph, not the article's. */
        private void entity(Node s, Node p, Node o) {
            out.quad(Quad.create(EntityGraph.GRAPH, s, p, o));
        }
    }

    /**
     * The sentence of an article body that holds the span {@code [start, end)} (a {@code ukg:Mention}'s offsets): from
     * after the last 。！？ or line break before it to the next one, that mark included. The store keeps a mention's
     * span only; this is how its evidence sentence is read back (the linked-data views call it).
     */
    public static String sentence(String body, int start, int end) {
        int s = Math.max(0, Math.min(start, body.length()));
        while (s > 0 && "。！？\n".indexOf(body.charAt(s - 1)) < 0) {
            s--;
        }
        int e = Math.max(s, Math.min(end, body.length()));
        while (e < body.length() && "。！？\n".indexOf(body.charAt(e)) < 0) {
            e++;
        }
        if (e < body.length() && body.charAt(e) != '\n') {
            e++;
        }
        return body.substring(s, e).strip();
    }

    private static Node zh(String text) {
        return NodeFactory.createLiteralLang(text, ZH);
    }

    private static Node integer(int i) {
        return NodeFactory.createLiteralDT(Integer.toString(i), XSDDatatype.XSDinteger);
    }
}
