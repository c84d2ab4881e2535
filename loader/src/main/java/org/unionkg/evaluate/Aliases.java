package org.unionkg.evaluate;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gold names by every form they may take: each canonical name and alternative name (normalised) points
 * to the canonical name. The first entity to claim a form keeps it, so put the most specific kinds first.
 */
final class Aliases {
    private final Map<String, String> byForm = new HashMap<>();

    Aliases add(String canonical, Collection<String> altNames) {
        byForm.putIfAbsent(Names.norm(canonical), canonical);
        for (String alt : altNames) {
            byForm.putIfAbsent(Names.norm(alt), canonical);
        }
        return this;
    }

    Aliases add(String canonical) {
        return add(canonical, List.of());
    }

    Aliases addAll(Aliases other) {
        other.byForm.forEach(byForm::putIfAbsent);
        return this;
    }

    /** The canonical gold name for the first of these labels that any gold name takes, if any. */
    Optional<String> resolve(List<String> labels) {
        for (String l : labels) {
            String c = byForm.get(Names.norm(l));
            if (c != null) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
