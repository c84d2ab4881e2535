package org.unionkg.evaluate;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.unionkg.rdf.IriMinter;
import org.unionkg.rdf.UKG;
import org.unionkg.rdf.Vocab;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Test fixture: writes what a gold page says as RDF in the contract's shape (an article graph per headline,
 * IRIs from {@link IriMinter}), i.e. a perfect extraction. Tests then spoil it on purpose.
 */
final class GoldRdf {
    static final String SEM = Vocab.SEM;

    private final Dataset ds;
    private final String pageId;
    private final Map<String, Integer> articleNumbers = new HashMap<>();

    GoldRdf(Dataset ds, String pageId) {
        this.ds = ds;
        this.pageId = pageId;
    }

    /** The article graph for a headline, created (with its headline and page) the first time. */
    Model article(String headline) {
        int n = articleNumbers.computeIfAbsent(headline, h -> articleNumbers.size() + 1);
        String iri = IriMinter.raw("article", pageId + "-" + String.format("%02d", n));
        Model m = ds.getNamedModel(iri);
        Resource a = m.createResource(iri);
        a.addProperty(RDF.type, SchemaDO.NewsArticle);
        a.addProperty(SchemaDO.headline, m.createLiteral(headline, "zh"));
        a.addProperty(UKG.onPage, m.createResource(IriMinter.raw("page", pageId)));
        return m;
    }

    String articleIri(String headline) {
        article(headline);
        return IriMinter.raw("article", pageId + "-" + String.format("%02d", articleNumbers.get(headline)));
    }

    static Resource named(Model m, String kind, String name, List<String> alts) {
        Resource r = m.createResource(IriMinter.mint(kind, name));
        r.addProperty(RDFS.label, m.createLiteral(name, "zh"));
        alts.forEach(a -> r.addProperty(SKOS.altLabel, m.createLiteral(a, "zh")));
        return mentioned(m, r);
    }

    /** The article of the graph names the resource: the scorer counts only what an article names. */
    static Resource mentioned(Model m, Resource r) {
        m.listSubjectsWithProperty(RDF.type, SchemaDO.NewsArticle).toList()
                .forEach(a -> a.addProperty(SchemaDO.mentions, r));
        return r;
    }

    /** Everything in the gold page, facts in the graph of the page's first article (events in their own). */
    GoldRdf writeAll(Gold g) {
        String first = g.events().isEmpty() ? "标题" : g.events().get(0).article();
        Model m = article(first);
        Map<String, Resource> bodies = new HashMap<>();
        for (Gold.Organization o : g.organizations()) {
            Resource r = named(m, "org", o.name(), o.altNames()).addProperty(RDF.type, ORG.Organization);
            bodies.put(o.name(), r);
        }
        for (Gold.Place p : g.places()) {
            Resource type = switch (p.kind()) {
                case "district" -> UKG.District;
                case "subdistrict" -> UKG.Subdistrict;
                default -> m.createResource(UKG.NS + (p.kind().equals("venue") ? "Venue" : "Place"));
            };
            bodies.put("place:" + p.name(), named(m, "place", p.name(), p.altNames()).addProperty(RDF.type, type));
        }
        for (Gold.Union u : g.unions()) {
            Resource r = named(m, "org", u.name(), u.altNames()).addProperty(RDF.type, UKG.UnionBody);
            if (u.level() != null) {
                r.addProperty(UKG.level, m.createResource(UKG.ID + "level/" + u.level()));
            }
            bodies.put(u.name(), r);
        }
        for (Gold.Union u : g.unions()) {
            if (u.parent() != null) {
                bodies.get(u.name()).addProperty(ORG.subOrganizationOf, bodies.get(u.parent()));
            }
        }
        for (Gold.Person p : g.people()) {
            Resource person = named(m, "person", p.name(), List.of()).addProperty(RDF.type, FOAF.Person);
            bodies.put(p.name(), person);
            for (Gold.Post post : p.posts()) {
                m.createResource(IriMinter.mint("post", p.name() + "--" + post.org()))
                        .addProperty(RDF.type, ORG.Membership)
                        .addProperty(ORG.member, person)
                        .addProperty(ORG.organization, bodies.get(post.org()))
                        .addProperty(m.createProperty(UKG.NS + "roleText"), m.createLiteral(post.roleText(), "zh"));
            }
        }
        for (Gold.Award a : g.awards()) {
            Resource award = m.createResource(IriMinter.mint("award", a.awardee() + "--" + a.honour()))
                    .addProperty(RDF.type, UKG.HonourAward)
                    .addProperty(m.createProperty(UKG.NS + "awardee"), bodies.get(a.awardee()))
                    .addProperty(m.createProperty(UKG.NS + "honour"), named(m, "honour", a.honour(), List.of()));
            if (a.year() != null) {
                award.addLiteral(m.createProperty(UKG.NS + "awardYear"),
                        m.createTypedLiteral(String.valueOf(a.year()), XSDDatatype.XSDgYear));
            }
        }
        int n = 0;
        for (Gold.Event e : g.events()) {
            Model em = article(e.article());
            Resource ev = em.createResource(IriMinter.raw("event", pageId + "-" + (++n)))
                    .addProperty(RDF.type, UKG.Event)
                    .addProperty(SchemaDO.subjectOf, em.createResource(articleIri(e.article())))
                    .addProperty(m.createProperty(UKG.NS + "eventType"), em.createResource(UKG.ID + "event-type/" + e.type()))
                    .addProperty(m.createProperty(UKG.NS + "datePrecision"),
                            em.createResource(UKG.ID + "date-precision/" + e.precision()));
            if (e.date() != null) {
                ev.addProperty(m.createProperty(UKG.NS + "date"), e.date());
            }
            for (String p : e.places()) {
                Resource place = bodies.getOrDefault("place:" + p, bodies.get(p));
                ev.addProperty(em.createProperty(SEM + "hasPlace"), place);
            }
            for (String o : e.organisers()) {
                ev.addProperty(SchemaDO.organizer, bodies.get(o));
            }
        }
        return this;
    }
}
