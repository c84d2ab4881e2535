package org.unionkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Runs several finders and settles overlaps: the longest name wins (北京市总工会 over 市总工会 over 北京市), and
 * between names of the same length the earlier finder wins. The result never overlaps and is sorted by start.
 * Thread-safe if its finders are.
 */
public final class CompositeFinder implements MentionFinder {
    private final List<MentionFinder> finders;

    public CompositeFinder(List<MentionFinder> finders) {
        this.finders = List.copyOf(finders);
    }

    @Override
    public List<Mention> find(ArticleText text) {
        List<Mention> all = new ArrayList<>();
        for (MentionFinder f : finders) {
            all.addAll(f.find(text));
        }
        return longestFirst(all);
    }

    /** The mentions that survive when longer ones push out those they overlap; stable for equal lengths. */
    public static List<Mention> longestFirst(List<Mention> candidates) {
        List<Mention> byLength = new ArrayList<>(candidates);
        byLength.sort(Comparator.comparingInt((Mention m) -> m.end() - m.start()).reversed());
        List<Mention> kept = new ArrayList<>();
        int limit = 0;
        boolean plain = true; // no empty or negative spans: then overlap is a shared offset, marked in a table
        for (Mention m : byLength) {
            limit = Math.max(limit, m.end());
            plain &= m.start() >= 0 && m.end() > m.start();
        }
        if (plain) {
            // the same test as below, without comparing each candidate with every mention kept so far
            boolean[] taken = new boolean[limit];
            for (Mention m : byLength) {
                boolean free = true;
                for (int i = m.start(); i < m.end() && free; i++) {
                    free = !taken[i];
                }
                if (free) {
                    java.util.Arrays.fill(taken, m.start(), m.end(), true);
                    kept.add(m);
                }
            }
        } else {
            for (Mention m : byLength) {
                if (kept.stream().noneMatch(k -> k.start() < m.end() && m.start() < k.end())) {
                    kept.add(m);
                }
            }
        }
        kept.sort(Comparator.comparingInt(Mention::start));
        return kept;
    }
}
