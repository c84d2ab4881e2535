package org.unionkg.ontology;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The files of {@code ontology/}, read from the classpath (the loader's pom copies the folder to
 * {@code org/unionkg/ontology/}). One source for data that is both graph content and gazetteer:
 * the ontology, the SKOS schemes and the reference places all go into the graph {@link #GRAPH}.
 *
 * <p>A file missing from {@link #GRAPH_FILES} would silently stay out of the store, so
 * {@code OntologyFilesTest} checks that this list and the {@code .ttl} files on disk agree.
 */
public final class OntologyFiles {
    /** The named graph that holds the ontology, the schemes and the reference places. */
    public static final String GRAPH = "https://w3id.org/unionkg/graph/ontology";
    /** Classpath folder of the files, with a trailing slash. */
    public static final String RESOURCE_DIR = "org/unionkg/ontology/";

    public static final String ONTOLOGY = "unionkg.ttl";
    public static final String SHAPES = "shapes.ttl";
    public static final String UNION_LEVELS = "schemes/union-levels.ttl";
    public static final String EVENT_TYPES = "schemes/event-types.ttl";
    public static final String HONOURS = "schemes/honours.ttl";
    public static final String DATE_PRECISION = "schemes/date-precision.ttl";
    public static final String BEIJING_PLACES = "places/beijing.ttl";
    public static final String OUTSIDE_PLACES = "places/outside.ttl";

    /** Every file whose triples belong in {@link #GRAPH}, in load order. The shapes are not among them. */
    public static final List<String> GRAPH_FILES = List.of(
            ONTOLOGY, UNION_LEVELS, EVENT_TYPES, HONOURS, DATE_PRECISION, BEIJING_PLACES, OUTSIDE_PLACES);

    private OntologyFiles() {}

    /** One file, relative to {@code ontology/} (e.g. {@code "schemes/honours.ttl"}), as a new model. */
    public static Model load(String file) {
        Model model = ModelFactory.createDefaultModel();
        String resource = RESOURCE_DIR + file;
        try (InputStream in = OntologyFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("ontology file not on the classpath: " + resource);
            }
            // no relative IRIs are expected; an absolute base keeps a stray one inside our namespace
            RDFParser.source(in).lang(Lang.TURTLE).base("https://w3id.org/unionkg/").parse(model);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        } catch (RiotException e) {
            throw new IllegalStateException("bad Turtle in ontology/" + file + ": " + e.getMessage(), e);
        }
        return model;
    }

    /** The content of {@link #GRAPH}: all of {@link #GRAPH_FILES} in one new model, with their prefixes. */
    public static Model loadGraph() {
        Model all = ModelFactory.createDefaultModel();
        for (String file : GRAPH_FILES) {
            Model one = load(file);
            all.add(one);
            one.getNsPrefixMap().forEach(all::setNsPrefix);
        }
        return all;
    }
}
