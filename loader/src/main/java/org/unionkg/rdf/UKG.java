package org.unionkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The unionkg ontology's own terms ({@code ukg:}), as declared in {@code ontology/unionkg.ttl}.
 * Standard terms come from Jena's vocabulary classes (ORG, SKOS, SchemaDO, DCTerms, RDFS ...) or {@link Vocab}.
 * A test checks that every constant here is declared in the ontology.
 */
public final class UKG {
    public static final String NS = "https://w3id.org/unionkg/def#";
    /** Where resources live; every IRI the loader mints starts with this. */
    public static final String ID = "https://w3id.org/unionkg/id/";
    /**
     * The named graph of what each entity an article names <em>is</em> (types, canonical label, a union's level,
     * an honour's scheme): one copy per entity, beside the ontology graph ({@code graph/ontology}); what an
     * article <em>says</em> of it stays in the article's graph. See {@link EntityGraph}.
     */
    public static final String ENTITIES_GRAPH = "https://w3id.org/unionkg/graph/entities";

    private UKG() {}

    private static Resource r(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property p(String local) {
        return ResourceFactory.createProperty(NS + local);
    }

    // article layer
    public static final Resource Page = r("Page");
    public static final Resource PhotoItem = r("PhotoItem");
    public static final Resource BylineCredit = r("BylineCredit");
    public static final Property deck = p("deck");
    public static final Property credit = p("credit");
    public static final Property creditRole = p("creditRole");
    public static final Property creditedPerson = p("creditedPerson");
    public static final Property articleNumber = p("articleNumber");
    public static final Property startOffset = p("startOffset");
    public static final Property endOffset = p("endOffset");
    public static final Property onPage = p("onPage");
    public static final Property runningHeader = p("runningHeader");
    public static final Property bylineText = p("bylineText");

    // knowledge layer (DESIGN.md's contract; the extraction adds its terms here as it uses them)
    public static final Resource UnionBody = r("UnionBody");
    public static final Resource Place = r("Place");
    public static final Resource District = r("District");
    public static final Resource Subdistrict = r("Subdistrict");
    public static final Resource Event = r("Event");
    public static final Resource Honour = r("Honour");
    public static final Resource HonourAward = r("HonourAward");
    public static final Property unionOf = p("unionOf");
    public static final Property level = p("level");
    public static final Property within = p("within");

    // the rest of the knowledge layer, as declared in ontology/unionkg.ttl (added with the ontology)
    public static final Resource Venue = r("Venue");
    public static final Resource Participation = r("Participation");
    public static final Resource Count = r("Count");
    public static final Resource Mention = r("Mention");
    public static final Property locatedIn = p("locatedIn");
    public static final Property orgKind = p("orgKind");
    public static final Property roleText = p("roleText");
    public static final Property evidence = p("evidence");
    public static final Property awardee = p("awardee");
    public static final Property honour = p("honour");
    public static final Property awardYear = p("awardYear");
    public static final Property conferredBy = p("conferredBy");
    public static final Property eventType = p("eventType");
    public static final Property date = p("date");
    public static final Property datePrecision = p("datePrecision");
    public static final Property dateText = p("dateText");
    public static final Property participation = p("participation");
    public static final Property participant = p("participant");
    public static final Property part = p("part");
    public static final Property headcount = p("headcount");
    public static final Property countText = p("countText");
    public static final Property countValue = p("countValue");
    public static final Property approximate = p("approximate");
    public static final Property countOf = p("countOf");
    public static final Property mentionOf = p("mentionOf");
    public static final Property sentence = p("sentence");
}
