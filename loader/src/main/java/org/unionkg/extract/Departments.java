package org.unionkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits a name into the body and one of its departments written after it: 北京市京师律师事务所 + 公共法律服务事务部,
 * 北京市交通运输工会 + 第四届委员会. A department is not an organisation of its own (the gold guidelines): a post in it
 * is a post in the body, with the department's words in the role text, so that "who works at 北京市京师律师事务所"
 * finds its people. Branches with a registered name (…北京分公司) are organisations and are not split here.
 * Thread-safe.
 */
final class Departments {
    private static final int MIN_BODY = 3;

    /** @param body the body's name as written; department the words after it */
    record Split(String body, String department) {}

    private final Lexicon lexicon;

    Departments(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The body and department of a written name, or empty when the name is not a department's. */
    Optional<Split> split(String name) {
        int union = name.lastIndexOf("工会");
        if (union > 0 && union + 2 < name.length()) {
            // committees and departments of a union (第四届经费审查委员会, 女职工委员会, 财务部); an institution the
            // union runs (北京市总工会职工服务中心) has a name of its own and is not split
            String rest = name.substring(union + 2);
            if (rest.endsWith("委员会") || isDepartment(rest)) {
                return Optional.of(new Split(name.substring(0, union + 2), rest));
            }
            return Optional.empty();
        }
        for (String unit : lexicon.departments()) {
            if (!name.endsWith(unit)) {
                continue;
            }
            for (int cut = name.length() - unit.length(); cut >= MIN_BODY; cut--) {
                String body = name.substring(0, cut);
                Optional<Lexicon.Suffix> suffix = lexicon.suffixOf(body).filter(x -> x.type() == MentionType.ORGANIZATION);
                if (suffix.isPresent() && body.length() > suffix.get().suffix().length()) {
                    return Optional.of(new Split(body, name.substring(cut)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The mentions with each department's name (北京市京师律师事务所公共法律服务事务部) turned into a mention of its
     * body; the department's span is kept in the draft so that a title after it is read as a post in the body.
     */
    List<Mention> bodiesOf(List<Mention> found, FactDraft draft) {
        List<Mention> out = new ArrayList<>(found.size());
        for (Mention m : found) {
            Optional<Split> split = m.type() == MentionType.ORGANIZATION ? split(m.text()) : Optional.empty();
            if (split.isEmpty()) {
                out.add(m);
                continue;
            }
            String body = split.get().body();
            int end = m.start() + body.length();
            MentionType type = body.endsWith("工会") ? MentionType.UNION : MentionType.ORGANIZATION;
            out.add(new Mention(type, body, body, m.start(), end));
            draft.departmentStarts.put(m.end(), end);
        }
        return out;
    }

    private boolean isDepartment(String words) {
        return lexicon.departments().stream().anyMatch(words::endsWith);
    }
}
