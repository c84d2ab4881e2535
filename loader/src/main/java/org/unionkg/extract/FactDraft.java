package org.unionkg.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The facts of one article while they are gathered; one per extraction, not shared. */
final class FactDraft {
    final Map<String, OrgFact> orgs = new LinkedHashMap<>();
    final Map<String, PlaceFact> places = new LinkedHashMap<>();
    final Set<String> persons = new LinkedHashSet<>();
    final Set<String> honours = new LinkedHashSet<>();
    final List<PostFact> posts = new ArrayList<>();
    final List<AwardFact> awards = new ArrayList<>();
    /** Departments written after a body's mention (…事务部): the department's end → its start (the body's end). */
    final Map<Integer, Integer> departmentStarts = new java.util.HashMap<>();

    void org(OrgFact f) {
        orgs.merge(f.name(), f, (a, b) -> a.type() == MentionType.UNION || b.type() != MentionType.UNION ? a.merge(b) : b.merge(a));
    }

    void place(PlaceFact p) {
        places.merge(p.name(), p, (a, b) -> a.within() != null ? a : b);
    }

    void reading(UnionNames.Reading r) {
        r.places().forEach(this::place);
        r.implied().forEach(this::org);
        org(r.union());
    }

    void post(PostFact p) {
        boolean dup = posts.stream().anyMatch(q -> q.person().equals(p.person()) && q.organization().equals(p.organization())
                && java.util.Objects.equals(q.roleText(), p.roleText()));
        if (dup) {
            return;
        }
        // a bare affiliation adds nothing to a post in the same body
        if (p.roleText() == null && posts.stream().anyMatch(q -> q.person().equals(p.person()) && q.organization().equals(p.organization()))) {
            return;
        }
        posts.add(p);
    }

    void award(AwardFact a) {
        boolean dup = awards.stream().anyMatch(b -> b.awardee().equals(a.awardee()) && b.honour().equals(a.honour()));
        if (!dup) {
            awards.add(a);
        }
    }

    /** Renames an organisation everywhere (北京陈经纶中学 → 北京市陈经纶中学), keeping the old name as an alternative. */
    void rename(String from, String to) {
        OrgFact old = orgs.remove(from);
        if (old == null) {
            return;
        }
        OrgFact renamed = new OrgFact(old.type(), to, old.altLabels(), old.parent(), old.employer(), old.level(), old.kind(), old.place());
        org(renamed.merge(new OrgFact(old.type(), to, Set.of(from), null, null, null, null, null)));
        orgs.replaceAll((k, v) -> {
            boolean p = from.equals(v.parent());
            boolean e = from.equals(v.employer());
            return p || e ? new OrgFact(v.type(), v.name(), v.altLabels(), p ? to : v.parent(), e ? to : v.employer(), v.level(), v.kind(), v.place()) : v;
        });
    }
}
