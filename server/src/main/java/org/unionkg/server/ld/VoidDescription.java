package org.unionkg.server.ld;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.VOID;
import org.unionkg.rdf.Prefixes;
import org.unionkg.rdf.UKG;
import org.unionkg.rdf.Vocab;

/**
 * The dataset's description of itself, in VoID and DCAT, computed from the store with the queries beside
 * this class ({@code void-*.rq}): triples, distinct subjects and objects, properties, classes, entities
 * (IRI subjects in the resource namespace), a {@code void:classPartition}
 * per class with its entity count, example resources of the main classes, the SPARQL endpoint, the dumps
 * and the IRI space. Served at {@code /.well-known/void} (RFC 5785, as the VoID guide proposes).
 *
 * @param dataset        the IRI of the dataset being described
 * @param uriSpace       the namespace of its resources ({@code https://w3id.org/unionkg/id/})
 * @param sparqlEndpoint the query endpoint URL, or null
 * @param dumps          dump URLs with their media types
 */
public record VoidDescription(String dataset, String uriSpace, String sparqlEndpoint, List<Dump> dumps) {

    /** A download of the whole dataset. */
    public record Dump(String url, String mediaType, boolean gzip) {}

    private static final String IANA = "https://www.iana.org/assignments/media-types/";
    /** Classes whose first resource is named as a {@code void:exampleResource}. */
    private static final Set<Resource> EXAMPLE_CLASSES = Set.of(
        UKG.UnionBody, FOAF.Person, UKG.Event, UKG.District, UKG.HonourAward, ORG.Membership, SchemaDO.NewsArticle);

    /** The description of {@code dsg}, read in one read transaction. */
    public Graph describe(DatasetGraph dsg) {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(Prefixes.standard());
        Resource ds = m.createResource(dataset)
            .addProperty(RDF.type, VOID.Dataset)
            .addProperty(RDF.type, DCAT.Dataset)
            .addProperty(DCTerms.title, "unionkg: 北京市工会知识图谱", "zh")
            .addProperty(DCTerms.title, "unionkg: a knowledge graph of Beijing's trade unions", "en")
            .addProperty(DCTerms.description,
                         "Unions, people, posts, honours, places and events read from the pages of 劳动午报, "
                         + "one named graph per article, and what each thing they name is in one graph "
                         + "(<https://w3id.org/unionkg/graph/entities>).", "en")
            .addProperty(VOID.uriSpace, uriSpace);
        for (String vocabulary : List.of(UKG.NS, "http://www.w3.org/ns/org#", FOAF.NS, "https://schema.org/",
                                         Vocab.SEM, Vocab.PROV, "http://www.w3.org/2004/02/skos/core#"))
            ds.addProperty(VOID.vocabulary, m.createResource(vocabulary));
        if (sparqlEndpoint != null) {
            ds.addProperty(VOID.sparqlEndpoint, m.createResource(sparqlEndpoint));
            ds.addProperty(DCAT.accessService, m.createResource()
                .addProperty(RDF.type, DCAT.DataService)
                .addProperty(DCAT.endpointURL, m.createResource(sparqlEndpoint))
                .addProperty(DCTerms.conformsTo, m.createResource("https://www.w3.org/TR/sparql11-protocol/")));
        }
        for (Dump d : dumps) {
            ds.addProperty(VOID.dataDump, m.createResource(d.url()));
            Resource dist = m.createResource();
            ds.addProperty(DCAT.distribution, dist
                .addProperty(RDF.type, DCAT.Distribution)
                .addProperty(DCAT.downloadURL, m.createResource(d.url()))
                .addProperty(DCAT.mediaType, m.createResource(IANA + d.mediaType())));
            if (d.gzip())
                dist.addProperty(m.createProperty(DCAT.NS + "compressFormat"), m.createResource(IANA + "application/gzip"));
        }
        Txn.executeRead(dsg, () -> counts(dsg, m, ds));
        return m.getGraph();
    }

    private void counts(DatasetGraph dsg, Model m, Resource ds) {
        Binding totals = rows(dsg, "void-counts.rq", Set.of("base"), NodeFactory.createLiteralString(uriSpace)).get(0);
        ds.addLiteral(VOID.triples, count(m, totals, "triples"))
          .addLiteral(VOID.distinctSubjects, count(m, totals, "subjects"))
          .addLiteral(VOID.distinctObjects, count(m, totals, "objects"))
          .addLiteral(VOID.properties, count(m, totals, "properties"))
          .addLiteral(VOID.entities, count(m, totals, "entities"));
        Binding extra = rows(dsg, "void-classes-total.rq", Set.of(), null).get(0);
        ds.addLiteral(VOID.classes, count(m, extra, "classes"));
        for (Binding row : rows(dsg, "void-classes.rq", Set.of(), null)) {
            Node cls = row.get("class");
            if (!cls.isURI())
                continue;
            Resource c = m.createResource(cls.getURI());
            ds.addProperty(VOID.classPartition, m.createResource()
                .addProperty(VOID._class, c)
                .addLiteral(VOID.entities, count(m, row, "entities")));
            Node example = row.get("example");
            if (example != null && EXAMPLE_CLASSES.contains(c))
                ds.addProperty(VOID.exampleResource, m.createResource(example.getLiteralLexicalForm()));
        }
    }

    private static Literal count(Model m, Binding row, String var) {
        Node n = row.get(var);
        return m.createTypedLiteral(n == null ? "0" : n.getLiteralLexicalForm(), XSDDatatype.XSDinteger);
    }

    /** Runs a query file beside this class; {@code params} (at most one here) are bound by substitution. */
    private static List<Binding> rows(DatasetGraph dsg, String file, Set<String> params, Node value) {
        Query q = QueryFactory.create(read(file));
        var exec = QueryExec.dataset(dsg).query(q);
        for (String p : params)
            exec = exec.substitution(p, value);
        try (QueryExec qe = exec.build()) {
            RowSet rs = qe.select();
            List<Binding> rows = new java.util.ArrayList<>();
            rs.forEachRemaining(rows::add);
            return rows;
        }
    }

    private static String read(String file) {
        try (InputStream in = VoidDescription.class.getResourceAsStream(file)) {
            if (in == null)
                throw new IllegalStateException(file + " missing beside " + VoidDescription.class.getName());
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
