package org.unionkg.ontology;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.unionkg.rdf.UKG;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OntologyShapesTest {
    private static final OntologyShapes SHAPES = OntologyShapes.load();
    private static final String SH = "http://www.w3.org/ns/shacl#";

    private static Graph sample(String name) {
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.source(OntologyShapesTest.class.getResourceAsStream(name)).lang(Lang.TURTLE).parse(graph);
        return graph;
    }

    private static String describe(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShLib.printReport(new PrintStream(out, true, StandardCharsets.UTF_8), report);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** "focus-local-name path-local-name" of every violation (path "-" for a SPARQL constraint). */
    private static Set<String> violations(ValidationReport report) {
        Set<String> out = new TreeSet<>();
        for (ReportEntry e : report.getEntries()) {
            if (e.severity() == Severity.Violation) {
                out.add(last(e.focusNode()) + " " + (e.resultPath() == null ? "-" : e.resultPath().toString()));
            }
        }
        return out;
    }

    private static String last(Node node) {
        String iri = node.getURI();
        return iri.substring(iri.lastIndexOf('/') + 1);
    }

    @Test
    void everyClassOfTheContractHasAShape() {
        Model shapes = OntologyFiles.load(OntologyFiles.SHAPES);
        Set<String> targets = new TreeSet<>();
        shapes.listObjectsOfProperty(shapes.createProperty(SH + "targetClass"))
                .forEachRemaining(n -> targets.add(n.asResource().getURI()));
        for (String cls : List.of("https://schema.org/NewsArticle", UKG.Page.getURI(), UKG.BylineCredit.getURI(),
                "http://xmlns.com/foaf/0.1/Person", "http://www.w3.org/ns/org#Organization", UKG.UnionBody.getURI(),
                "http://www.w3.org/ns/org#Membership", UKG.Place.getURI(), UKG.Event.getURI(), UKG.Honour.getURI(),
                UKG.HonourAward.getURI(), UKG.Count.getURI(), UKG.Participation.getURI(), UKG.Mention.getURI())) {
            assertTrue(targets.contains(cls), "no shape targets " + cls);
        }
        assertFalse(SHAPES.shapes().getTargetShapes().isEmpty());
    }

    @Test
    void theOntologyGraphItselfConforms() {
        // the reference places and honours are data too: every place has one @zh label, every honour is in its scheme
        ValidationReport report = SHAPES.validate(GraphFactory.createDefaultGraph());
        assertTrue(report.conforms(), describe(report));
    }

    @Test
    void aSampleWrittenToTheContractConforms() {
        Graph sample = sample("valid-sample.ttl");
        ValidationReport report = SHAPES.validate(sample);
        assertTrue(report.conforms(), describe(report));
        assertEquals(Set.of(), violations(report));
        // the sample is not trivial: it has an event, a post, an award and a count for the shapes to check
        Model m = ModelFactory.createModelForGraph(sample);
        for (Resource cls : List.of(UKG.Event, UKG.HonourAward, UKG.Count, UKG.Mention, UKG.BylineCredit)) {
            assertTrue(m.contains(null, RDF.type, cls), cls.toString());
        }
    }

    @Test
    void aBrokenSampleGivesOneViolationPerMistake() {
        ValidationReport report = SHAPES.validate(sample("broken-sample.ttl"));
        assertFalse(report.conforms());
        assertEquals(new TreeSet<>(Set.of(
                "nameless <http://www.w3.org/2000/01/rdf-schema#label>",
                "p009-01-1 <https://w3id.org/unionkg/def#eventType>",
                "p009-01-1 -",
                "p009-01 <https://schema.org/headline>",
                "zhang-san--chao-yang-qu <https://w3id.org/unionkg/def#honour>",
                "count-1 <https://w3id.org/unionkg/def#countValue>",
                "some-union <http://www.w3.org/ns/org#subOrganizationOf>",
                "some-hospital--some-union <http://www.w3.org/ns/org#member>")),
                violations(report), describe(report));
    }

    @Test
    void theDataGraphIsNotChangedByValidation() {
        Graph sample = sample("broken-sample.ttl");
        int before = sample.size();
        SHAPES.validate(sample);
        assertEquals(before, sample.size());
    }

    @Test
    void untypedCreditsParticipationsAndMentionsAreCheckedByWhatMakesThem() {
        // the store writes them without rdf:type (and a mention without its sentence): the sample in that form conforms
        Graph sample = sample("valid-sample.ttl");
        Node type = RDF.type.asNode();
        for (Resource cls : List.of(UKG.BylineCredit, UKG.Participation, UKG.Mention)) {
            sample.find(Node.ANY, type, cls.asNode()).toList().forEach(sample::delete);
        }
        sample.find(Node.ANY, UKG.sentence.asNode(), Node.ANY).toList().forEach(sample::delete);
        ValidationReport report = SHAPES.validate(sample);
        assertTrue(report.conforms(), describe(report));
        // and the shapes still find them: a credit without its role, a participation without its part, a mention
        // whose span ends before it starts
        sample.find(Node.ANY, UKG.creditRole.asNode(), Node.ANY).toList().forEach(sample::delete);
        sample.find(Node.ANY, UKG.part.asNode(), Node.ANY).toList().forEach(sample::delete);
        Node mention = sample.find(Node.ANY, UKG.mentionOf.asNode(), Node.ANY).next().getSubject();
        sample.find(mention, UKG.endOffset.asNode(), Node.ANY).toList().forEach(sample::delete);
        sample.add(mention, UKG.endOffset.asNode(), org.apache.jena.graph.NodeFactory.createLiteralDT("3",
                org.apache.jena.datatypes.xsd.XSDDatatype.XSDinteger));
        Set<String> found = violations(SHAPES.validate(sample));
        assertTrue(found.contains("p001-01-1 <https://w3id.org/unionkg/def#creditRole>"), found.toString());
        assertTrue(found.contains("participation-1 <https://w3id.org/unionkg/def#part>"), found.toString());
        assertTrue(found.contains("p001-01-1 <https://w3id.org/unionkg/def#startOffset>"), found.toString());
    }
}
