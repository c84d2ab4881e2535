package org.unionkg.ontology;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OntologyDiagramTest {
    private static final Model ONTOLOGY = RDFDataMgr.loadModel(OntologyDir.path().resolve("unionkg.ttl").toString());

    @Test
    void theReadmesEmbedTheDiagramTheGeneratorDraws() throws IOException {
        // the ontology's own README and the project README both show the picture
        for (var file : List.of(OntologyDir.path().resolve("README.md"), OntologyDir.path().resolveSibling("README.md"))) {
            String readme = Files.readString(file, StandardCharsets.UTF_8);
            Matcher block = Pattern.compile("```mermaid\n(.*?)```", Pattern.DOTALL).matcher(readme);
            assertTrue(block.find(), file + " has no ```mermaid block");
            assertEquals(OntologyDiagram.mermaid(ONTOLOGY), block.group(1),
                    "the picture in " + file + " is stale: paste the output of OntologyDiagram.main");
        }
    }

    @Test
    void theDiagramShowsAlignmentsRelationsAndAttributes() {
        List<String> lines = OntologyDiagram.mermaid(ONTOLOGY).lines().map(String::strip).toList();
        assertEquals("classDiagram", lines.get(0));
        for (String expected : List.of(
                "class UnionBody[\"ukg:UnionBody 工会组织\"]",
                "class org_FormalOrganization[\"org:FormalOrganization\"]",
                "org_FormalOrganization <|-- UnionBody",
                "sem_Event <|-- Event",
                "schema_Event <|-- Event",
                "Place <|-- Subdistrict",
                "Event --> Participation : participation",
                "HonourAward --> Honour : honour",
                "Place --> Place : within",
                "org_Organization --> Place : locatedIn",
                "Count : +countValue integer",
                "org_Membership : +roleText langString",
                "Mention : +startOffset integer",
                "schema_NewsArticle : +startOffset integer")) {
            assertTrue(lines.contains(expected), "missing: " + expected);
        }
    }

    @Test
    void theSameOntologyGivesTheSameTextWhateverTheTripleOrder() {
        List<Statement> statements = new ArrayList<>(ONTOLOGY.listStatements().toList());
        Collections.reverse(statements);
        Model reordered = ModelFactory.createDefaultModel().setNsPrefixes(ONTOLOGY.getNsPrefixMap()).add(statements);
        assertEquals(OntologyDiagram.mermaid(ONTOLOGY), OntologyDiagram.mermaid(reordered));
    }
}
