package org.unionkg.extract.event;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the first date expression of a sentence. Leftmost wins; at the same place the more precise reading
 * (9月18日 over 9月). Forms:
 * <ul>
 *   <li>DAY: 9月18日上午, 2025年3月24日, 今年9月18日, 九月十八日;</li>
 *   <li>MONTH: 今年8月, 2025年5月, 5月底;</li>
 *   <li>BEFORE_PUBLICATION: 近日, 日前, 近期, 前不久, and 在端午节…即将到来之际, …前夕 (the text keeps the phrase);</li>
 *   <li>YEAR: 2025年 (also 2025年度) and 今年 when nothing more precise is said.</li>
 * </ul>
 * The year is the one written, else 今年/去年 counted from the given year, else the given year (the page's year,
 * from the manifest or the text). Without any year a DAY or MONTH keeps its text and precision but no value.
 */
final class DateFinder {
    private static final String N = "[0-9０-９零〇一二两三四五六七八九十]";
    private static final String YEAR_PART = "(?:([0-9]{4})年|(今年|去年|明年))?";
    private static final Pattern DAY = Pattern.compile(
            YEAR_PART + "(" + N + "{1,2})月(" + N + "{1,3})[日号](?:上午|下午|晚上|晚间|中午|凌晨|晚)?");
    private static final Pattern MONTH = Pattern.compile(
            YEAR_PART + "(" + N + "{1,2})月(?:初|上旬|中旬|下旬|底|末)?(?!" + N + ")");
    private static final Pattern BEFORE = Pattern.compile("近日|日前|近期|前不久|近来");
    private static final Pattern EVE = Pattern.compile(
            "在[^，。；,]{1,30}?(?:即将到来|即将来临|到来|来临)之际|[^，。；,“”]{1,20}?前夕");
    private static final Pattern YEAR = Pattern.compile("([0-9]{4})年(?:度)?|今年");

    private static final Pattern[] PATTERNS = {DAY, MONTH, BEFORE, EVE, YEAR};

    private DateFinder() {}

    /**
     * Where a match of the pattern can start at the earliest, from the first occurrence of a word it always holds
     * (月, 年, 之际/前夕), or -1 when it cannot match: the patterns are slow to fail over whole sentences
     * (EVE above all, with its lazy run before 前夕), so they are tried only from there.
     */
    private static int earliestStart(Pattern p, String sentence) {
        if (p == DAY || p == MONTH) {
            return back(sentence.indexOf('月'), 7); // 2025年12月 or 今年九月: 月 at most 7 characters in
        }
        if (p == YEAR) {
            return back(sentence.indexOf('年'), 4); // 2025年
        }
        if (p == EVE) {
            int eve = sentence.indexOf("之际");
            int before = sentence.indexOf("前夕");
            return back(eve < 0 ? before : before < 0 ? eve : Math.min(eve, before), 35); // 在 + 30 + 即将到来
        }
        return 0;
    }

    private static int back(int index, int by) {
        return index < 0 ? -1 : Math.max(0, index - by);
    }

    /** The date the sentence gives, if any; {@code year} is the page's year or null. */
    static Optional<EventDate> find(String sentence, Integer year) {
        Candidate best = null;
        for (Pattern p : PATTERNS) {
            int from = earliestStart(p, sentence);
            if (from < 0) {
                continue;
            }
            Matcher m = p.matcher(sentence);
            while (m.find(from)) {
                Candidate c = new Candidate(p, m.start(), m.end(), m.group());
                if (best == null || c.start < best.start || (c.start == best.start && c.end > best.end)) {
                    best = c;
                }
                break; // the first match of a pattern is its leftmost
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        Matcher m = best.pattern.matcher(best.text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(read(best.pattern, m, best.text, year));
    }

    private static EventDate read(Pattern p, Matcher m, String text, Integer year) {
        if (p == BEFORE || p == EVE) {
            return EventDate.beforePublication(text, year);
        }
        if (p == YEAR) {
            Integer y = m.group(1) != null ? Integer.valueOf(m.group(1)) : year;
            return y == null ? null : EventDate.year(text, y);
        }
        Integer y = resolveYear(m.group(1), m.group(2), year);
        int month = (int) ChineseNumbers.parse(m.group(3));
        try {
            if (p == DAY) {
                int day = (int) ChineseNumbers.parse(m.group(4));
                if (y == null) {
                    LocalDate.of(2000, month, day); // still reject 13月 or 32日
                    return new EventDate(text, EventDate.Precision.DAY, null, null, null);
                }
                return EventDate.day(text, LocalDate.of(y, month, day));
            }
            if (y == null) {
                YearMonth.of(2000, month);
                return new EventDate(text, EventDate.Precision.MONTH, null, null, null);
            }
            return EventDate.month(text, YearMonth.of(y, month));
        } catch (DateTimeException e) {
            return null; // not a calendar date (e.g. 13月): no date rather than a wrong one
        }
    }

    private static Integer resolveYear(String written, String relative, Integer year) {
        if (written != null) {
            return Integer.valueOf(written);
        }
        if (year == null) {
            return null;
        }
        if ("去年".equals(relative)) {
            return year - 1;
        }
        if ("明年".equals(relative)) {
            return year + 1;
        }
        return year;
    }

    private record Candidate(Pattern pattern, int start, int end, String text) {}
}
