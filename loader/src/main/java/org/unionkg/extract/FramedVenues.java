package org.unionkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Venues the name's ending does not give away, read from the frame 在<name><verb> (在百草园开展, 在首钢园开赛):
 * a short stretch between 在 and an event verb that no other finder named, and that does not read as a phrase
 * (在全区范围内开展). The frame words are {@code venue-frames.tsv}. Thread-safe.
 */
final class FramedVenues {
    private static final int MAX_NAME = 12;

    private final Pattern frame;
    private final WordIndex verbs;
    private final List<String> notStart;
    private final List<String> notEnd;

    FramedVenues() {
        LexiconTable t = LexiconTable.resource("venue-frames.tsv");
        List<String> verbs = words(t, "verb");
        this.verbs = new WordIndex(verbs);
        this.notStart = words(t, "not-start");
        this.notEnd = words(t, "not-end");
        this.frame = Pattern.compile("在([^，。、；：“”《》（）\\s在的了]{2," + MAX_NAME + "}?)(?:"
                + verbs.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")");
    }

    /** The next 在 at or after {@code from} with a frame verb where the frame can put one, or -1. */
    private int nextFrame(String s, int from) {
        for (int i = s.indexOf('在', from); i >= 0; i = s.indexOf('在', i + 1)) {
            for (int v = i + 3; v <= i + 1 + MAX_NAME && v < s.length(); v++) {
                if (verbs.longestAt(s, v) != null) {
                    return i;
                }
            }
        }
        return -1;
    }

    private static List<String> words(LexiconTable t, String role) {
        int w = t.index("word");
        int r = t.index("role");
        return t.rows().stream().filter(row -> role.equals(row.get(r))).map(row -> row.get(w)).toList();
    }

    /** {@code found} with a VENUE mention for each framed name that overlaps no mention found already. */
    List<Mention> add(ArticleText t, List<Mention> found) {
        List<Mention> out = new ArrayList<>(found);
        String s = t.text();
        Matcher m = frame.matcher(s);
        // a frame opens with 在: try the pattern only there (a regex scan of every article is costly)
        for (int i = nextFrame(s, 0); i >= 0 && m.find(i); i = nextFrame(s, m.end())) {
            String name = m.group(1);
            int start = m.start(1);
            int end = m.end(1);
            boolean phrase = notStart.stream().anyMatch(name::startsWith) || notEnd.stream().anyMatch(name::endsWith);
            boolean named = found.stream().anyMatch(f -> f.start() < end && start < f.end());
            if (!phrase && !named) {
                out.add(new Mention(MentionType.VENUE, name, name, start, end));
            }
        }
        return out.size() == found.size() ? found : CompositeFinder.longestFirst(out);
    }
}
