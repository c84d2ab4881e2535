package org.unionkg.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** Standard terms Jena has no constant for (PROV, SEM); the rest come from Jena's vocabulary classes. */
public final class Vocab {
    public static final String PROV = "http://www.w3.org/ns/prov#";
    public static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";

    private Vocab() {}

    public static final Property wasDerivedFrom = ResourceFactory.createProperty(PROV + "wasDerivedFrom");
    public static final Resource provEntity = ResourceFactory.createResource(PROV + "Entity");
    public static final Resource semEvent = ResourceFactory.createResource(SEM + "Event");
    public static final Property semHasPlace = ResourceFactory.createProperty(SEM + "hasPlace");
    public static final Property semHasActor = ResourceFactory.createProperty(SEM + "hasActor");
}
