package org.unionkg.rdf;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes of the RDF contract, for writers (Turtle, TriG, dumps, linked-data pages). */
public final class Prefixes {

    private Prefixes() {}

    /** A new, locked mapping: ukg, org, foaf, schema, sem, prov, skos, dcterms, rdf, rdfs, owl, xsd, void, dcat. */
    public static PrefixMapping standard() {
        PrefixMapping pm = PrefixMapping.Factory.create()
            .setNsPrefix("ukg", UKG.NS)
            .setNsPrefix("org", "http://www.w3.org/ns/org#")
            .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
            .setNsPrefix("schema", "https://schema.org/")
            .setNsPrefix("sem", Vocab.SEM)
            .setNsPrefix("prov", Vocab.PROV)
            .setNsPrefix("skos", SKOS.getURI())
            .setNsPrefix("dcterms", DCTerms.getURI())
            .setNsPrefix("rdf", RDF.getURI())
            .setNsPrefix("rdfs", RDFS.getURI())
            .setNsPrefix("owl", OWL.getURI())
            .setNsPrefix("xsd", XSD.getURI())
            .setNsPrefix("void", "http://rdfs.org/ns/void#")
            .setNsPrefix("dcat", "http://www.w3.org/ns/dcat#");
        return pm.lock();
    }
}
