package org.unionkg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The {@code ukg:} terms of the knowledge layer that {@link FactsToRdf} writes, as graph nodes, in the contract's
 * names. Kept apart from {@link UKG} so that extraction could be written alongside the vocabulary; they belong in
 * {@code UKG} (and {@code ontology/unionkg.ttl}) once merged.
 */
public final class FactTerms {
    private FactTerms() {}

    private static Node t(String local) {
        return NodeFactory.createURI(UKG.NS + local);
    }

    public static final Node UnionBody = t("UnionBody");
    public static final Node Place = t("Place");
    public static final Node District = t("District");
    public static final Node Subdistrict = t("Subdistrict");
    public static final Node Venue = t("Venue");
    public static final Node Honour = t("Honour");
    public static final Node HonourAward = t("HonourAward");
    public static final Node Mention = t("Mention");

    public static final Node unionOf = t("unionOf");
    public static final Node level = t("level");
    public static final Node locatedIn = t("locatedIn");
    public static final Node orgKind = t("orgKind");
    public static final Node within = t("within");
    public static final Node roleText = t("roleText");
    public static final Node evidence = t("evidence");
    public static final Node awardee = t("awardee");
    public static final Node honour = t("honour");
    public static final Node awardYear = t("awardYear");
    public static final Node conferredBy = t("conferredBy");
    public static final Node mentionOf = t("mentionOf");
    public static final Node sentence = t("sentence");
    public static final Node startOffset = t("startOffset");
    public static final Node endOffset = t("endOffset");
}
