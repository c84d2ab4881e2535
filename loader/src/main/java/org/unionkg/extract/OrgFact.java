package org.unionkg.extract;

import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A union body or another organisation named in (or implied by) an article.
 *
 * @param type      {@link MentionType#UNION} or {@link MentionType#ORGANIZATION}
 * @param name      canonical full name (北京市总工会), the key for its IRI
 * @param altLabels every other form the article uses (市总工会), sorted
 * @param parent    canonical name of the body it is part of (a union's parent union, a department's organisation), or null
 * @param employer  for a union of an enterprise or institution, the canonical name of that body, else null
 * @param level     for unions, the key of its level (national, municipal, industry, district, subdistrict,
 *                  enterprise, federation, outside-beijing, foreign), or null when not known
 * @param kind      for other organisations, the orgKind (company, hospital, school, government, party, court,
 *                  procuratorate, legislature, association, other), else null
 * @param place     canonical name of the place it is in, or null
 */
public record OrgFact(MentionType type, String name, Set<String> altLabels, String parent, String employer,
                      String level, String kind, String place) {
    public OrgFact {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        if (type != MentionType.UNION && type != MentionType.ORGANIZATION) {
            throw new IllegalArgumentException("not an organisation type: " + type);
        }
        TreeSet<String> alts = new TreeSet<>(altLabels);
        alts.remove(name);
        altLabels = java.util.Collections.unmodifiableSortedSet(alts);
    }

    /** This fact with the other's missing fields and alternative labels added (the same body seen twice). */
    public OrgFact merge(OrgFact other) {
        TreeSet<String> alts = new TreeSet<>(altLabels);
        alts.addAll(other.altLabels);
        if (!other.name.equals(name)) {
            alts.add(other.name);
        }
        return new OrgFact(type, name, alts, or(parent, other.parent), or(employer, other.employer),
                or(level, other.level), or(kind, other.kind), or(place, other.place));
    }

    private static String or(String a, String b) {
        return a != null ? a : b;
    }
}
