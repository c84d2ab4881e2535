package org.unionkg.article;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the two kinds of credit on a page: the bracketed byline of a lead (记者 边磊 通讯员 刘安琪) and a photo
 * credit (本报记者 余翠平 实习记者 王辰阳 摄影报道, 任洁 摄). Role words come from {@link ArticleCues}; a role
 * applies to the names after it until the next role word. Everyone named in a photo credit is also credited as
 * {@link CreditRole#PHOTOGRAPHER}, after their own role if the credit gives one. Immutable and thread-safe.
 */
final class CreditParser {
    /** A person's name in a photo credit: two to four Han characters, or a transcribed name with a middle dot. */
    private static final Pattern NAME = Pattern.compile("\\p{IsHan}{2,4}|\\p{IsHan}+[·•]\\p{IsHan}+");

    private final ArticleCues cues;

    CreditParser(ArticleCues cues) {
        this.cues = cues;
    }

    /** The byline inside a lead's brackets; a name with no role word before it is taken for a reporter. */
    Byline leadByline(String inside) {
        List<Credit> credits = new ArrayList<>();
        for (Named n : names(inside)) {
            credits.add(new Credit(n.name(), n.role() != null ? n.role() : CreditRole.REPORTER));
        }
        return new Byline(dedupe(credits), inside.strip());
    }

    /**
     * The photo credit that {@code s} is, whole, or empty. Strict, because it is also asked of body text:
     * the suffix must stand apart after white space, and every name must look like a name.
     */
    Optional<Byline> photoCredit(String s) {
        String t = s.strip();
        int space = lastSpace(t);
        if (space < 0 || !cues.isPhotoSuffix(t.substring(space + 1))) {
            return Optional.empty();
        }
        List<Named> named = names(t.substring(0, space));
        if (named.isEmpty()) {
            return Optional.empty();
        }
        List<Credit> credits = new ArrayList<>();
        for (Named n : named) {
            if (!NAME.matcher(n.name()).matches()) {
                return Optional.empty();
            }
            if (n.role() != null) {
                credits.add(new Credit(n.name(), n.role()));
            }
            credits.add(new Credit(n.name(), CreditRole.PHOTOGRAPHER));
        }
        return Optional.of(new Byline(dedupe(credits), t));
    }

    private record Named(String name, CreditRole role) {
    }

    /** Names in order, each with the role word last seen before it (null when none). */
    private List<Named> names(String s) {
        List<Named> out = new ArrayList<>();
        CreditRole role = null;
        StringBuilder name = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (PageLines.isSpace(c) || c == '、' || c == '，' || c == ',') {
                flush(name, role, out);
                i++;
                continue;
            }
            Map.Entry<String, CreditRole> r = cues.roleAt(s, i);
            if (r != null) {
                flush(name, role, out);
                role = r.getValue();
                i += r.getKey().length();
                continue;
            }
            name.append(c);
            i++;
        }
        flush(name, role, out);
        return out;
    }

    private static void flush(StringBuilder name, CreditRole role, List<Named> out) {
        if (name.length() > 0) {
            out.add(new Named(name.toString(), role));
            name.setLength(0);
        }
    }

    private static int lastSpace(String s) {
        for (int i = s.length() - 1; i >= 0; i--) {
            if (PageLines.isSpace(s.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** The same person in the same role once only (a reporter who also signs the photo credit as reporter). */
    static List<Credit> dedupe(List<Credit> credits) {
        Set<Credit> seen = new LinkedHashSet<>(credits);
        return List.copyOf(seen);
    }
}
