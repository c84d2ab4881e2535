package org.unionkg.ontology;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OntologyFilesTest {

    static List<String> turtleFiles() {
        return OntologyDir.turtleFiles();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("turtleFiles")
    void everyTurtleFileOnDiskParses(String file) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source(OntologyDir.path().resolve(file)).lang(Lang.TURTLE).strict(true).parse(model);
        assertFalse(model.isEmpty(), file + " has no triples");
    }

    @Test
    void theListOfGraphFilesCoversEveryTurtleFileOnDisk() {
        TreeSet<String> listed = new TreeSet<>(OntologyFiles.GRAPH_FILES);
        listed.add(OntologyFiles.SHAPES);
        assertEquals(new TreeSet<>(turtleFiles()), listed,
                "a Turtle file in ontology/ that OntologyFiles does not list would never reach the store");
    }

    @Test
    void theGraphHoldsOntologySchemesAndPlacesTogether() {
        Model graph = OntologyFiles.loadGraph();
        assertTrue(graph.contains(ResourceFactory.createResource("https://w3id.org/unionkg/def#Event"), RDFS.label,
                ResourceFactory.createLangLiteral("活动", "zh")));
        assertTrue(graph.contains(ResourceFactory.createResource("https://w3id.org/unionkg/id/place/tong-zhou-qu"), RDFS.label,
                ResourceFactory.createLangLiteral("通州区", "zh")));
        assertTrue(graph.contains(ResourceFactory.createResource("https://w3id.org/unionkg/id/honour/bei-jing-da-gong-jiang"), RDFS.label,
                ResourceFactory.createLangLiteral("北京大工匠", "zh")));
        assertEquals("https://w3id.org/unionkg/def#", graph.getNsPrefixURI("ukg"));
        assertTrue(Stream.of(OntologyFiles.GRAPH_FILES.toArray(String[]::new)).noneMatch(OntologyFiles.SHAPES::equals),
                "the shapes are not data of the ontology graph");
    }

    @Test
    void aMissingFileIsReportedByName() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> OntologyFiles.load("schemes/no-such.ttl"));
        assertTrue(e.getMessage().contains("org/unionkg/ontology/schemes/no-such.ttl"), e.getMessage());
    }
}
