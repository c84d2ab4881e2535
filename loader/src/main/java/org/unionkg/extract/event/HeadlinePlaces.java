package org.unionkg.extract.event;

import org.unionkg.extract.LexiconTable;
import org.unionkg.extract.Mention;
import org.unionkg.extract.MentionType;
import org.unionkg.extract.WordIndex;

import java.util.ArrayList;
import java.util.List;

/**
 * Places a headline says the event went to or was held in: a place word, then a district or a subdistrict, then the
 * event's own word or the headline's end (市总工会到朝阳区调研, 篮球赛在顺义举行, 宣讲走进杨宋镇, 代表团来海淀区交流).
 * Headlines often name the district the lead leaves to the names of bodies and venues, and the gold counts it
 * (GUIDELINES, events: a district when the text says the activity went there). A place followed by more of a name
 * (到朝阳区总工会调研) is the body's address, not the place, and is left to the body. The words that may follow are
 * the event-type cues ({@code event-type-cues.tsv}) and the frame verbs of venues ({@code venue-frames.tsv}).
 * A headline place has no offset in the body: its mention is the empty span at 0. Immutable and thread-safe.
 */
final class HeadlinePlaces {
    private final List<String> markers;
    private final org.unionkg.extract.Lexicon lexicon;
    /** District forms (密云, 密云区) and subdistrict names. */
    private final WordIndex places;
    private final WordIndex follows;

    HeadlinePlaces(List<String> markers, org.unionkg.extract.Lexicon lexicon) {
        this.markers = markers.stream().sorted((a, b) -> b.length() - a.length()).toList();
        this.lexicon = lexicon;
        List<String> names = new ArrayList<>(lexicon.districtForms());
        names.addAll(lexicon.subdistricts());
        this.places = new WordIndex(names);
        List<String> words = new ArrayList<>(LexiconTable.resource("events/event-type-cues.tsv").column("cue"));
        LexiconTable frames = LexiconTable.resource("venue-frames.tsv");
        int role = frames.index("role");
        frames.rows().stream().filter(r -> r.get(role).equals("verb")).map(r -> r.get(0)).forEach(words::add);
        this.follows = new WordIndex(words);
    }

    /** The places the headline goes to, as PLACE mentions with the empty span at 0. */
    List<Mention> find(String headline) {
        List<Mention> out = new ArrayList<>();
        if (headline == null) {
            return out;
        }
        for (int i = 0; i < headline.length(); i++) {
            String marker = markerAt(headline, i);
            if (marker == null) {
                continue;
            }
            if (marker.equals("到") && i > 0 && PlaceFinder.VERB_BEFORE_DAO.indexOf(headline.charAt(i - 1)) >= 0) {
                continue; // 受到, 得到: no place word
            }
            int at = i + marker.length();
            String place = null;
            // 走进朝阳区东湖街道: the last of the places written together
            for (String p = places.longestAt(headline, at); p != null; p = places.longestAt(headline, at)) {
                place = p;
                at += p.length();
            }
            if (place != null && (at == headline.length() || follows.longestAt(headline, at) != null)) {
                String canonical = lexicon.district(place).orElse(place);
                String name = canonical;
                if (out.stream().noneMatch(m -> m.canonical().equals(name))) {
                    out.add(new Mention(MentionType.PLACE, place, canonical, 0, 0));
                }
            }
            i = at - 1;
        }
        return out;
    }

    private String markerAt(String headline, int i) {
        for (String m : markers) {
            if (headline.startsWith(m, i)) {
                return m;
            }
        }
        return null;
    }
}
