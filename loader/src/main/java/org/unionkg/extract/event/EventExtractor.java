package org.unionkg.extract.event;

import org.unionkg.article.Article;
import org.unionkg.extract.Mention;
import org.unionkg.page.PageMeta;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an article's main event, and any further event a paragraph opens with its own day (3月24日，市总工会举办了
 * 北京市职工国家安全教育宣讲比赛，…), from the article and the entity mentions found in its body.
 *
 * <p>The main event is read from the headline and the lead sentence (type, date, subject), and from every other
 * sentence not given to a further event (places visited, who took part, counts). Word lists are resources under
 * {@code org/unionkg/lexicon/events/}, loaded once by the constructor; {@link #extract} is pure and the extractor
 * is immutable, so one instance can serve many threads.
 */
public final class EventExtractor {
    /** Verbs that make a dated paragraph opening a further event of its own. */
    private static final Pattern HELD = Pattern.compile("(举办|举行|召开|开展)了?([^，。；]{2,40})");
    private static final Pattern YEAR_IN_TEXT = Pattern.compile("((?:19|20)[0-9]{2})年");
    private static final char MASK = '〇';

    private final TypeCues typeCues = TypeCues.load();
    private final ParticipantFinder participantFinder = ParticipantFinder.load();
    private final HeadcountFinder headcountFinder = HeadcountFinder.load();
    private final PlaceFinder placeFinder = PlaceFinder.load();

    /** Loads the word lists; throws IllegalStateException naming the file and line if one is malformed. */
    public EventExtractor() {
    }

    /**
     * The article's events, its main event first; empty when the body has no text.
     *
     * @param mentions the entity mentions in {@code article.body()}, in any order
     * @param meta     the page's manifest data, for the year (may be {@link PageMeta#unknown})
     */
    public List<EventFact> extract(Article article, List<Mention> mentions, PageMeta meta) {
        String body = article.body();
        List<TextSpan> paragraphs = Sentences.paragraphs(body);
        if (paragraphs.isEmpty()) {
            return List.of();
        }
        List<Mention> sorted = Mentions.sorted(mentions);
        Integer year = year(meta, body);

        List<List<TextSpan>> further = new ArrayList<>();
        List<TextSpan> mainSentences = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            List<TextSpan> sentences = Sentences.sentences(body, paragraphs.get(i));
            if (i > 0 && !sentences.isEmpty() && opensOwnEvent(sentences.get(0), year)) {
                further.add(sentences);
            } else {
                mainSentences.addAll(sentences);
            }
        }
        TextSpan lead = mainSentences.get(0);
        Set<TextSpan> leadParagraph = new HashSet<>(Sentences.sentences(body, paragraphs.get(0)));

        List<EventFact> events = new ArrayList<>();
        EventType type = typeCues.typeOf(mask(article.headline(), sorted))
                .or(() -> typeCues.typeOf(maskSpan(body, lead, sorted)))
                .orElse(EventType.OTHER);
        EventDate date = DateFinder.find(lead.text(), year)
                .or(() -> Optional.ofNullable(year).map(y -> EventDate.year(null, y)))
                .orElse(null);
        List<Headcount> counts = new ArrayList<>();
        for (TextSpan s : mainSentences) {
            if (leadParagraph.contains(s) || headcountFinder.aboutParticipants(s.text())) {
                counts.addAll(headcountFinder.find(s.text()));
            }
        }
        String label = article.headline().isBlank() ? lead.text() : article.headline();
        events.add(event(label, type, date, article.headline(), lead, mainSentences, counts, body, sorted));

        for (List<TextSpan> paragraph : further) {
            TextSpan first = paragraph.get(0);
            Matcher held = HELD.matcher(first.text());
            held.find(); // found before: opensOwnEvent
            String name = held.group(2);
            EventType t = typeCues.typeOf(name).or(() -> typeCues.typeOf(maskSpan(body, first, sorted)))
                    .orElse(EventType.OTHER);
            EventDate d = DateFinder.find(first.text(), year).orElseThrow();
            events.add(event(name, t, d, "", first, paragraph, headcountFinder.find(first.text()), body, sorted));
        }
        return List.copyOf(events);
    }

    private EventFact event(String label, EventType type, EventDate date, String headline, TextSpan lead,
                            List<TextSpan> sentences, List<Headcount> counts, String body, List<Mention> sorted) {
        OrganiserFinder.Result organisers = OrganiserFinder.find(body, headline, lead, sentences, sorted, type);
        List<Mention> places = placeFinder.find(headline, body, lead, sentences, sorted, organisers.organisers());
        List<Participation> participants = new ArrayList<>(organisers.participants());
        for (TextSpan s : sentences) {
            participantFinder.find(body, s, sorted).stream()
                    .filter(p -> participants.stream().noneMatch(q -> q.part().equals(p.part())
                            && Mentions.sameEntity(q.who(), p.who())))
                    .forEach(participants::add);
        }
        return new EventFact(label, type, date, places, organisers.organisers(), participants, counts,
                lead.text(), lead.start(), lead.end());
    }

    /** A paragraph that starts with its own day and says something was held: 3月24日，市总工会举办了…. */
    private static boolean opensOwnEvent(TextSpan sentence, Integer year) {
        return DateFinder.find(sentence.text(), year)
                .filter(d -> d.precision() == EventDate.Precision.DAY && sentence.text().startsWith(d.text()))
                .isPresent() && HELD.matcher(sentence.text()).find();
    }

    private static Integer year(PageMeta meta, String body) {
        if (meta != null && meta.effectiveYear() != null) {
            return meta.effectiveYear();
        }
        Matcher m = YEAR_IN_TEXT.matcher(body);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** The headline with every name of a body, place or venue blotted out, so names give no type cues. */
    private static String mask(String text, List<Mention> sorted) {
        String out = text;
        for (Mention m : sorted) {
            if (!Mentions.PLACE_LIKE.contains(m.type())) {
                continue;
            }
            for (String form : List.of(m.canonical(), m.text())) {
                if (form.length() > 1) {
                    out = out.replace(form, String.valueOf(MASK).repeat(form.length()));
                }
            }
        }
        return out;
    }

    private static String maskSpan(String body, TextSpan span, List<Mention> sorted) {
        char[] chars = span.text().toCharArray();
        for (Mention m : Mentions.within(sorted, span, Mentions.PLACE_LIKE)) {
            for (int i = m.start(); i < m.end(); i++) {
                chars[i - span.start()] = MASK;
            }
        }
        return new String(chars);
    }
}
