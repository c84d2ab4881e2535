package org.unionkg.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An award article's winners listed one by one: the article names its honour in the headline or first paragraph
 * (…为12名首都劳动奖章获得者颁章, …举办首都劳动奖章颁章仪式) and then introduces the winners after 其中, each with a
 * description (其中，王某，某公司车间主任，…；李某，…中学教师，…). Each person who opens an item of that list holds the
 * honour. The rule is the article's, not a sentence's, so it holds back: only when the article names one honour and
 * no other (two honours leave open whose list it is), an honour of persons, and the words of the paragraph before
 * 其中 call the people winners (获奖职工中既有…). Thread-safe.
 */
final class WinnerLists {
    /** Words before 其中 that say the people listed won the honour. */
    private static final List<String> WINNERS = List.of("获奖", "获得者", "受表彰", "获表彰", "荣获", "获评", "被评为");
    /** Words that say the honour is conferred now, not held from before: the page year is its year. */
    private static final Pattern CONFERRED = Pattern.compile("获得|荣获|获评|被评为|授予|颁发|颁章|颁奖|表彰|获奖");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d\\d)年");
    private static final String OPENING = "其中，";

    private final Lexicon lexicon;

    WinnerLists(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    void read(ArticleText t, List<Mention> mentions, FactDraft draft) {
        String s = t.text();
        if (!s.contains(OPENING)) {
            return;
        }
        List<Mention> honours = mentions.stream().filter(m -> m.type() == MentionType.HONOUR).toList();
        if (honours.isEmpty() || honours.stream().map(Mention::canonical).distinct().count() != 1) {
            return;
        }
        Lexicon.Honour honour = lexicon.honour(honours.get(0).canonical()).orElse(null);
        if (honour == null || honour.collective()) {
            return;
        }
        int firstParagraphEnd = s.indexOf('\n');
        // up front: in the headline (after the body) or in the body's first paragraph
        // the first paragraph's mention first: it prints the year more often than the headline does
        Mention upFront = honours.stream().filter(m -> m.end() <= firstParagraphEnd).findFirst()
                .or(() -> honours.stream().filter(m -> m.start() >= t.bodyLength()).findFirst()).orElse(null);
        if (upFront == null) {
            return;
        }
        Integer year = year(t, upFront);
        for (int at = s.indexOf(OPENING); at >= 0 && at < t.bodyLength(); at = s.indexOf(OPENING, at + 1)) {
            int paragraph = s.lastIndexOf('\n', at) + 1;
            String before = s.substring(paragraph, at);
            if (WINNERS.stream().noneMatch(before::contains)) {
                continue;
            }
            int listEnd = t.sentenceEnd(at);
            for (Mention person : mentions) {
                if (person.type() == MentionType.PERSON && person.start() >= at && person.end() <= listEnd
                        && opensItem(s, at, person)) {
                    draft.award(new AwardFact(MentionType.PERSON, person.text(), honour.name(), year,
                            honour.conferredBy().isBlank() ? null : honour.conferredBy(), t.sentence(person.start(), person.end())));
                }
            }
        }
    }

    /** Whether the person opens an item of the list: right after 其中， or after the ； that ends the item before. */
    private static boolean opensItem(String s, int listStart, Mention person) {
        return person.start() == listStart + OPENING.length() || s.charAt(person.start() - 1) == '；';
    }

    /**
     * The year printed before the honour in its sentence (举办2025年首都劳动奖章颁章仪式); else the page year when that
     * sentence confers the honour; else unknown.
     */
    private static Integer year(ArticleText t, Mention honour) {
        String sentence = t.text().substring(t.sentenceStart(honour.start()), t.sentenceEnd(honour.end()));
        Matcher y = YEAR.matcher(t.text().substring(t.sentenceStart(honour.start()), honour.start()));
        Integer printed = null;
        while (y.find()) {
            printed = Integer.valueOf(y.group(1));
        }
        if (printed != null) {
            return printed;
        }
        return CONFERRED.matcher(sentence).find() ? t.year() : null;
    }
}
