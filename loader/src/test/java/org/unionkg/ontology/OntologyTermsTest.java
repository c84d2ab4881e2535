package org.unionkg.ontology;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.unionkg.rdf.UKG;
import org.unionkg.rdf.Vocab;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OntologyTermsTest {
    private static final Model ONTOLOGY = OntologyFiles.load(OntologyFiles.ONTOLOGY);
    private static final String ORG = "http://www.w3.org/ns/org#";

    /** Every ukg: term the team contract names (CONTRACT.md), classes capitalised. */
    private static final List<String> CONTRACT_TERMS = List.of(
            "Page", "PhotoItem", "BylineCredit", "deck", "credit", "creditRole", "creditedPerson", "articleNumber",
            "startOffset", "endOffset", "onPage", "runningHeader", "bylineText",
            "UnionBody", "Place", "District", "Subdistrict", "Venue", "Event", "Honour", "HonourAward",
            "Participation", "Count", "Mention",
            "unionOf", "level", "locatedIn", "orgKind", "within", "roleText", "evidence", "awardee", "honour",
            "awardYear", "conferredBy", "eventType", "date", "datePrecision", "dateText", "participation",
            "participant", "part", "headcount", "countText", "countValue", "approximate", "countOf", "mentionOf",
            "sentence");

    static List<String> contractTerms() {
        return CONTRACT_TERMS;
    }

    /** The ukg: IRIs declared as a class or property in unionkg.ttl. */
    private static Set<String> declared() {
        Set<String> out = new TreeSet<>();
        for (Resource type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)) {
            ONTOLOGY.listSubjectsWithProperty(RDF.type, type).forEachRemaining(r -> {
                if (r.isURIResource() && r.getURI().startsWith(UKG.NS)) {
                    out.add(r.getURI());
                }
            });
        }
        return out;
    }

    @ParameterizedTest(name = "ukg:{0}")
    @MethodSource("contractTerms")
    void everyContractTermIsDeclaredAsClassOrPropertyByItsCase(String local) {
        Resource term = ONTOLOGY.getResource(UKG.NS + local);
        boolean isClass = Character.isUpperCase(local.charAt(0));
        if (isClass) {
            assertTrue(term.hasProperty(RDF.type, OWL.Class), "ukg:" + local + " is not an owl:Class");
        } else {
            assertTrue(term.hasProperty(RDF.type, OWL.ObjectProperty) || term.hasProperty(RDF.type, OWL.DatatypeProperty),
                    "ukg:" + local + " is not an owl:ObjectProperty or owl:DatatypeProperty");
        }
    }

    @Test
    void everyDeclaredTermHasEnglishAndChineseLabelsAndAComment() {
        List<String> problems = new ArrayList<>();
        for (String iri : declared()) {
            Resource term = ONTOLOGY.getResource(iri);
            for (String lang : List.of("en", "zh")) {
                if (literals(term, RDFS.label).stream().noneMatch(l -> l.getLanguage().equals(lang))) {
                    problems.add(iri + " has no rdfs:label@" + lang);
                }
            }
            if (literals(term, RDFS.comment).stream().noneMatch(l -> l.getString().length() > 20)) {
                problems.add(iri + " has no real rdfs:comment");
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(CONTRACT_TERMS.size(), declared().size(), "declared terms beyond the contract: " + declared());
    }

    @Test
    void everyConstantOfUkgJavaIsDeclaredWithTheMatchingKind() throws IllegalAccessException {
        List<String> problems = new ArrayList<>();
        int constants = 0;
        for (Field field : UKG.class.getFields()) {
            if (!Modifier.isStatic(field.getModifiers()) || !Resource.class.isAssignableFrom(field.getType())) {
                continue;
            }
            constants++;
            Resource term = ONTOLOGY.getResource(((Resource) field.get(null)).getURI());
            boolean ok = field.get(null) instanceof Property
                    ? term.hasProperty(RDF.type, OWL.ObjectProperty) || term.hasProperty(RDF.type, OWL.DatatypeProperty)
                    : term.hasProperty(RDF.type, OWL.Class);
            if (!ok) {
                problems.add("UKG." + field.getName() + " <" + term.getURI() + ">");
            }
        }
        assertEquals(List.of(), problems, "UKG constants not declared in unionkg.ttl");
        assertEquals(CONTRACT_TERMS.size(), constants, "UKG.java should have one constant per ontology term");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.unionkg.ontology.OntologyFilesTest#turtleFiles")
    void everyUkgTermUsedInTheOntologyFilesIsDeclared(String file) {
        Model model = OntologyFiles.load(file);
        Set<String> used = new TreeSet<>();
        for (Statement s : model.listStatements().toList()) {
            for (RDFNode node : List.of(s.getSubject(), s.getPredicate(), s.getObject())) {
                if (node.isURIResource() && node.asResource().getURI().startsWith(UKG.NS)) {
                    used.add(node.asResource().getURI());
                }
            }
        }
        used.removeAll(declared());
        assertEquals(Set.of(), used, file + " uses undeclared ukg: terms");
    }

    @Test
    void classesAreAlignedWithTheReusedVocabularies() {
        assertSubClass(UKG.UnionBody, ResourceFactory.createResource(ORG + "FormalOrganization"));
        assertSubClass(UKG.UnionBody, ResourceFactory.createResource(ORG + "Organization"));
        assertSubClass(UKG.Event, Vocab.semEvent);
        assertSubClass(UKG.Event, SchemaDO.Event);
        assertSubClass(UKG.District, UKG.Place);
        assertSubClass(UKG.Subdistrict, UKG.Place);
        assertSubClass(UKG.Venue, UKG.Place);
        assertSubClass(UKG.PhotoItem, SchemaDO.NewsArticle);
        assertSubClass(UKG.Honour, SKOS.Concept);
    }

    @Test
    void nAryNodesSayWhyTheyAreNodes() {
        for (Resource cls : List.of(UKG.Count, UKG.Participation, UKG.Mention, UKG.HonourAward, UKG.BylineCredit)) {
            String comment = ONTOLOGY.getResource(cls.getURI()).getProperty(RDFS.comment).getString();
            assertTrue(comment.startsWith("N-ary node") && comment.contains("A node is needed because"),
                    cls + ": " + comment);
        }
    }

    @Test
    void domainsAndRangesFollowTheContract() {
        assertRange(UKG.honour, UKG.Honour);
        assertRange(UKG.within, UKG.Place);
        assertRange(UKG.locatedIn, UKG.Place);
        assertRange(UKG.headcount, UKG.Count);
        assertRange(UKG.participation, UKG.Participation);
        assertRange(UKG.countValue, ResourceFactory.createResource("http://www.w3.org/2001/XMLSchema#integer"));
        assertRange(UKG.awardYear, ResourceFactory.createResource("http://www.w3.org/2001/XMLSchema#gYear"));
        assertEquals(ORG + "Membership",
                ONTOLOGY.getResource(UKG.roleText.getURI()).getPropertyResourceValue(RDFS.domain).getURI());
    }

    @Test
    void theOntologyHeaderDocumentsReusedTermsAndNamedGraphs() {
        Resource ontology = ONTOLOGY.getResource("https://w3id.org/unionkg/def");
        assertTrue(ontology.hasProperty(RDF.type, OWL.Ontology));
        String comment = ontology.getProperty(RDFS.comment).getString();
        for (String term : List.of("org:Membership", "org:member", "org:organization", "org:role", "org:subOrganizationOf",
                "schema:NewsArticle", "schema:headline", "schema:articleBody", "schema:author", "schema:mentions",
                "sem:hasPlace", "sem:hasActor", "schema:organizer", "prov:wasDerivedFrom",
                "graph named by the article IRI", "<https://w3id.org/unionkg/graph/ontology>")) {
            assertTrue(comment.contains(term), "the ontology comment does not explain " + term);
        }
        assertEquals(OntologyFiles.GRAPH, "https://w3id.org/unionkg/graph/ontology");
    }

    private static void assertSubClass(Resource cls, Resource parent) {
        assertTrue(ONTOLOGY.contains(cls, RDFS.subClassOf, parent), cls + " ⊑ " + parent);
    }

    private static void assertRange(Property p, Resource range) {
        assertEquals(range.getURI(), ONTOLOGY.getResource(p.getURI()).getPropertyResourceValue(RDFS.range).getURI(), p.getURI());
    }

    private static List<Literal> literals(Resource r, Property p) {
        return r.listProperties(p).toList().stream()
                .filter(s -> s.getObject().isLiteral())
                .map(Statement::getLiteral)
                .toList();
    }
}
