package org.unionkg.article;

import org.unionkg.page.BadPageException;
import org.unionkg.page.Page;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts a page into its articles by the page's structure, not by known headlines:
 * <ul>
 *   <li>a <b>news report</b> opens with a lead line (本报讯（记者 边磊）近日，…); the one to three short title lines
 *       right above it (no sentence end, no 。) are its headline and decks;</li>
 *   <li>a <b>photo item</b> ends with a photo credit (本报记者 周美玉 摄影报道, 任洁 摄), on its own line or after
 *       the caption's last sentence; the short line above its caption is its headline. A credit with no such title
 *       line above its paragraph belongs to the report it ends (…参加活动。 实习记者 王辰阳 摄);</li>
 *   <li>a report runs from its lead to the next article's first title line, less any photo items set inside it;
 *       its paragraphs are repaired across column breaks ({@link ColumnBreakRepair}).</li>
 * </ul>
 * Text before the first article with no title (the tail of a report from another page) is left out.
 * Immutable and thread-safe.
 */
public final class ArticleSplitter {
    /** Longer lines are body text; the seeds' longest deck is 47 characters. */
    static final int MAX_TITLE_LENGTH = 64;
    /** headline plus at most two decks */
    static final int MAX_TITLE_LINES = 3;
    /** a photo caption is one paragraph, perhaps cut by a column break or two */
    static final int MAX_CAPTION_LINES = 3;

    private final ArticleCues cues;
    private final CreditParser creditParser;

    public ArticleSplitter() {
        this(ArticleCues.defaults());
    }

    public ArticleSplitter(ArticleCues cues) {
        this.cues = cues;
        this.creditParser = new CreditParser(cues);
    }

    /** The page's articles in page order; a page with none is a {@link BadPageException}. */
    public List<Article> split(Page page) throws BadPageException {
        List<PageLine> lines = PageLines.of(page, cues);
        if (lines.isEmpty()) {
            throw new BadPageException(page.source(), "no articles found: nothing is left once the running header"
                    + " and Markdown marks are taken away");
        }
        List<Article> articles = new Reading(page, lines).articles();
        if (articles.isEmpty()) {
            throw new BadPageException(page.source(), "no articles found: no line opens a report with "
                    + String.join("/", new TreeSet<>(cues.leadMarkers())) + " and no photo item ends with a credit such as"
                    + " \"本报记者 张三 摄影报道\"; is this a newspaper page?");
        }
        return articles;
    }

    /** A credit found on a line: the whole line, or the tail after the caption's last sentence. */
    private record LineCredit(Byline byline, int cut) {
    }

    /** The work on one page; not shared. */
    private final class Reading {
        private final Page page;
        private final List<PageLine> lines;
        private final LineCredit[] credit;
        private final boolean[] lead;
        /** lines taken by photo items, which the report around them skips */
        private final boolean[] inPhoto;

        Reading(Page page, List<PageLine> lines) {
            this.page = page;
            this.lines = lines;
            int n = lines.size();
            credit = new LineCredit[n];
            lead = new boolean[n];
            inPhoto = new boolean[n];
            for (int i = 0; i < n; i++) {
                String t = text(i);
                lead[i] = cues.leadMarkerAt(t) != null;
                if (!lead[i]) {
                    credit[i] = findCredit(t);
                }
            }
        }

        private LineCredit findCredit(String t) {
            var whole = creditParser.photoCredit(t);
            if (whole.isPresent()) {
                return new LineCredit(whole.get(), 0);
            }
            int end = cues.lastSentenceEnd(t);
            if (end > 0 && end < t.length()) {
                var tail = creditParser.photoCredit(t.substring(end));
                if (tail.isPresent()) {
                    return new LineCredit(tail.get(), end);
                }
            }
            return null;
        }

        List<Article> articles() {
            int n = lines.size();
            List<Integer> leads = new ArrayList<>();
            List<Integer> starts = new ArrayList<>();
            int prevLead = -1;
            for (int i = 0; i < n; i++) {
                if (lead[i]) {
                    leads.add(i);
                    starts.add(titleStart(i, prevLead));
                    prevLead = i;
                }
            }
            // photo items, and which report each other credit belongs to
            List<Article> out = new ArrayList<>();
            List<List<Byline>> extraCredits = new ArrayList<>();
            for (int k = 0; k < leads.size(); k++) {
                extraCredits.add(new ArrayList<>());
            }
            int consumed = -1;
            for (int c = 0; c < n; c++) {
                if (credit[c] == null) {
                    continue;
                }
                int region = regionOf(c, starts);
                int lower = Math.max(consumed, region >= 0 ? leads.get(region) : -1);
                int[] title = photoTitle(c, lower);
                if (title != null) {
                    Arrays.fill(inPhoto, title[0], c + 1, true);
                    out.add(photoItem(title[0], title[1], c));
                } else if (region >= 0) {
                    extraCredits.get(region).add(credit[c].byline());
                }
                consumed = c;
            }
            for (int k = 0; k < leads.size(); k++) {
                int end = k + 1 < starts.size() ? starts.get(k + 1) : n;
                out.add(report(starts.get(k), leads.get(k), end, extraCredits.get(k)));
            }
            out.sort(Comparator.comparingInt(Article::start));
            List<Article> numbered = new ArrayList<>(out.size());
            for (int i = 0; i < out.size(); i++) {
                Article a = out.get(i);
                numbered.add(new Article(page.id(), i + 1, a.headline(), a.decks(), a.byline(), a.body(), a.kind(),
                        a.start(), a.end()));
            }
            return numbered;
        }

        /** The first title line above the lead at {@code leadIndex}, or {@code leadIndex} itself when it has none. */
        private int titleStart(int leadIndex, int lowerBound) {
            int a = leadIndex;
            while (a - 1 > lowerBound && headingLike(a - 1) && leadIndex - a < MAX_TITLE_LINES) {
                a--;
            }
            // a title line right after an unfinished sentence is that sentence's tail, cut by a column break
            while (a < leadIndex - 1 && !closes(a - 1)) {
                a++;
            }
            return a;
        }

        /** {first title line, last title line} of the photo item ending with the credit at {@code c}, or null. */
        private int[] photoTitle(int c, int lower) {
            int captionEnd = credit[c].cut() > 0 ? c : c - 1;
            for (int h = captionEnd - 1; h > lower && h >= captionEnd - MAX_CAPTION_LINES; h--) {
                if (lead[h]) {
                    return null;
                }
                if (!headingLike(h)) {
                    continue;
                }
                int a = h;
                while (a - 1 > lower && headingLike(a - 1) && h - a + 1 < MAX_TITLE_LINES) {
                    a--;
                }
                while (a < h && !closes(a - 1)) {
                    a++;
                }
                if (closes(a - 1)) {
                    return new int[] {a, h};
                }
            }
            return null;
        }

        private Article photoItem(int first, int last, int c) {
            TitleBlock title = TitleBlock.of(lines.subList(first, last + 1), cues);
            List<String> caption = new ArrayList<>();
            for (int i = last + 1; i <= c; i++) {
                caption.add(bodyText(i));
            }
            return new Article(page.id(), 1, title.headline(), title.decks(), credit[c].byline(),
                    ColumnBreakRepair.join(caption, cues), ArticleKind.PHOTO, lines.get(first).start(),
                    lines.get(c).end());
        }

        private Article report(int first, int leadIndex, int end, List<Byline> extra) {
            TitleBlock title = TitleBlock.of(lines.subList(first, leadIndex), cues);
            String leadText = text(leadIndex);
            String rest = leadText.substring(cues.leadMarkerAt(leadText).length()).strip();
            Byline byline = Byline.NONE;
            if (!rest.isEmpty() && cues.isBylineOpen(rest.codePointAt(0))) {
                int close = closingBracket(rest);
                if (close > 0) {
                    byline = creditParser.leadByline(rest.substring(1, close));
                    rest = rest.substring(close + 1).strip();
                }
            }
            List<String> body = new ArrayList<>();
            body.add(rest);
            int last = leadIndex;
            for (int i = leadIndex + 1; i < end; i++) {
                if (inPhoto[i]) {
                    continue;
                }
                body.add(bodyText(i));
                last = i;
            }
            return new Article(page.id(), 1, title.headline(), title.decks(), merge(byline, extra),
                    ColumnBreakRepair.join(body, cues), ArticleKind.NEWS, lines.get(first).start(),
                    lines.get(last).end());
        }

        private int closingBracket(String s) {
            for (int i = 1; i < s.length(); i++) {
                if (cues.isBylineClose(s.charAt(i))) {
                    return i;
                }
            }
            return -1;
        }

        /** A line's text for the body: without a credit it carries. */
        private String bodyText(int i) {
            LineCredit lc = credit[i];
            if (lc == null) {
                return text(i);
            }
            return text(i).substring(0, lc.cut()).strip();
        }

        private Byline merge(Byline byline, List<Byline> extra) {
            if (extra.isEmpty()) {
                return byline;
            }
            List<Credit> credits = new ArrayList<>(byline.credits());
            StringBuilder text = new StringBuilder(byline.text());
            for (Byline b : extra) {
                credits.addAll(b.credits());
                text.append(text.length() > 0 ? "；" : "").append(b.text());
            }
            return new Byline(CreditParser.dedupe(credits), text.toString());
        }

        /** The report region (index into starts) that line {@code c} falls in, or -1 before the first report. */
        private int regionOf(int c, List<Integer> starts) {
            int region = -1;
            for (int k = 0; k < starts.size() && starts.get(k) <= c; k++) {
                region = k;
            }
            return region;
        }

        /** A line that can be a headline or deck: short, no sentence end, not a lead, credit or fragment tail. */
        private boolean headingLike(int i) {
            if (lead[i] || credit[i] != null) {
                return false;
            }
            String t = text(i);
            int len = t.codePointCount(0, t.length());
            if (len < 2 || len > MAX_TITLE_LENGTH || cues.hasBodyOnlyMark(t) || cues.hasClauseMarkOutsideQuotes(t)
                    || cues.startsAsContinuation(t)) {
                return false;
            }
            return cues.endsWithKicker(t) || !cues.endsSentence(t) && !cues.endsWithContinuation(t);
        }

        /** Whether line {@code i} leaves nothing unfinished: page start, a credit, or a finished sentence. */
        private boolean closes(int i) {
            return i < 0 || credit[i] != null || cues.endsSentence(text(i));
        }

        private String text(int i) {
            return lines.get(i).text();
        }
    }
}
