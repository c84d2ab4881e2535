package org.unionkg.bench;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.unionkg.ontology.OntologyFiles;
import org.unionkg.rdf.UKG;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What generated pages are made of: Beijing's districts and subdistricts and the person honours from the
 * project's reference data ({@code ontology/}), and names, employers, posts, events and filler sentences
 * from the word lists in {@code org/unionkg/bench/}. Loaded once; immutable; lists in a fixed order, so a
 * seed gives the same pages on every machine.
 */
record Gazetteer(List<String> surnames, List<String> givenChars, List<Employer> employers,
                 List<IndustryUnion> industryUnions, List<String> posts, List<EventKind> events,
                 List<String> fillers, List<String> headers, List<District> districts, List<String> honours) {

    record Employer(String name, String kind) {}

    record IndustryUnion(String name, String shortName) {}

    record EventKind(String type, String name, String deck) {}

    /** A district with the subdistricts the reference data lists under it (possibly none). */
    record District(String name, List<String> subdistricts) {}

    static Gazetteer load() {
        List<Employer> employers = lines("companies.txt").stream()
                .map(l -> l.split("\t")).map(f -> new Employer(f[0], f[1])).toList();
        List<IndustryUnion> industry = lines("industry-unions.txt").stream()
                .map(l -> l.split("\t")).map(f -> new IndustryUnion(f[0], f[1])).toList();
        List<EventKind> events = lines("events.tsv").stream()
                .map(l -> l.split("\t")).map(f -> new EventKind(f[0], f[1], f[2])).toList();
        return new Gazetteer(lines("surnames.txt"), lines("given-chars.txt"), employers, industry,
                lines("posts.txt"), events, lines("filler.txt"), lines("headers.txt"), referenceDistricts(), personHonours());
    }

    /** Districts (ukg:District) with their subdistricts (ukg:Subdistrict ukg:within the district). */
    private static List<District> referenceDistricts() {
        Model places = OntologyFiles.load(OntologyFiles.BEIJING_PLACES);
        List<District> out = new ArrayList<>();
        for (Resource d : places.listSubjectsWithProperty(RDF.type, UKG.District).toList()) {
            String name = zhLabel(d, RDFS.label.asNode().getURI(), places);
            List<String> subs = places.listSubjectsWithProperty(UKG.within, d).toList().stream()
                    .filter(s -> s.hasProperty(RDF.type, UKG.Subdistrict))
                    .map(s -> zhLabel(s, RDFS.label.getURI(), places))
                    .sorted().toList();
            // the development area's union is written 北京经济技术开发区总工会; keep to plain 区 for the templates
            if (name.endsWith("区") && !name.contains("开发区")) {
                out.add(new District(name, subs));
            }
        }
        out.sort(Comparator.comparing(District::name));
        return List.copyOf(out);
    }

    /**
     * Honours a person can hold: the concepts of the honours scheme that have a broader group (so not the
     * grouping concepts 劳动模范, 工匠称号) and are not in the collective honours collection.
     */
    private static List<String> personHonours() {
        Model m = OntologyFiles.load(OntologyFiles.HONOURS);
        Resource collective = m.createResource("https://w3id.org/unionkg/id/scheme/honours-collective");
        List<String> out = new ArrayList<>();
        for (Resource h : m.listSubjectsWithProperty(RDF.type, UKG.Honour).toList()) {
            if (h.hasProperty(SKOS.broader) && !m.contains(collective, SKOS.member, h)) {
                out.add(zhLabel(h, SKOS.prefLabel.getURI(), m));
            }
        }
        out.sort(Comparator.naturalOrder());
        return List.copyOf(out);
    }

    private static String zhLabel(Resource r, String property, Model m) {
        for (Statement s : r.listProperties(m.createProperty(property)).toList()) {
            if ("zh".equals(s.getLanguage())) {
                return s.getString();
            }
        }
        throw new IllegalStateException("no @zh " + property + " on " + r);
    }

    /** The non-comment, non-blank lines of a word list, in file order. */
    static List<String> lines(String name) {
        return lines(name, true);
    }

    /** The lines of a resource, without blank and {@code #} lines when {@code wordList}, else all of them. */
    static List<String> lines(String name, boolean wordList) {
        String resource = "/org/unionkg/bench/" + name;
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("word list not on the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(l -> wordList ? l.strip() : l)
                    .filter(l -> !wordList || !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
