package org.unionkg.extract.event;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds counts in a sentence: a number, a measure word and what is counted (500余名师生, 83家医疗机构, 近200名教职工家庭,
 * 200余人), or a noun then its number after 收到/征集 (共收到职工摄影作品383幅) or before 共计 (职工共计2000余人). The words are in {@code count-units.tsv}.
 * Immutable and thread-safe.
 */
final class HeadcountFinder {
    private static final String NUMERALS = "0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万";
    private static final String NUM = "[0-9０-９零〇一二两三四五六七八九十百千万]+";
    private static final int MAX_NOUN = 8;
    private static final String PUNCT = "，。；：、！？,.;:!?“”\"‘’（）()《》 \n";

    /** A noun then 共计/共有/共 right before a number of people (的职工共计2000余人). */
    private static final Pattern NOUN_THEN_TOTAL = Pattern.compile("(?<=[的，、])([\\p{IsHan}]{1,6}?)(?:共计|共有|共)$");

    private final Pattern numberThenNoun;
    private final Pattern nounThenNumber;
    private final List<String> approxAfter;
    private final List<String> stops;
    private final List<String> verbs;
    /** The longest word that may stand before the number (近, 约, 超过): how far before a numeral a count may start. */
    private final int maxBefore;

    private HeadcountFinder(List<String> units, List<String> approxBefore, List<String> approxAfter,
                            List<String> stops, List<String> verbs) {
        String unit = alternation(units);
        String before = alternation(approxBefore);
        String after = alternation(approxAfter);
        this.numberThenNoun = Pattern.compile("(?<!第)(" + before + ")?(" + NUM + ")(" + after + ")?(" + unit + ")");
        this.nounThenNumber = Pattern.compile("(?:收到|征集到|征集|共有)([\\p{IsHan}]{2,10}?)(" + NUM + ")("
                + after + ")?(" + unit + ")");
        this.approxAfter = approxAfter;
        this.maxBefore = approxBefore.stream().mapToInt(String::length).max().orElse(0);
        this.stops = stops.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.verbs = verbs;
    }

    static HeadcountFinder load() {
        List<String[]> rows = Lexicon.rows("count-units.tsv", 2);
        return new HeadcountFinder(words(rows, "unit"), words(rows, "approx-before"), words(rows, "approx-after"),
                words(rows, "stop"), words(rows, "verb"));
    }

    /** True when the sentence says who took part (参加, 参赛, 聆听 …), so its counts belong to the event. */
    boolean aboutParticipants(String sentence) {
        return verbs.stream().anyMatch(sentence::contains);
    }

    List<Headcount> find(String sentence) {
        List<Headcount> out = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        Matcher b = nounThenNumber.matcher(sentence);
        boolean cued = sentence.contains("收到") || sentence.contains("征集") || sentence.contains("共有");
        while (cued && b.find()) {
            String noun = b.group(1);
            long value = value(b.group(2));
            if (value < 0) {
                continue;
            }
            int from = b.start(1);
            int to = b.end();
            boolean approx = b.group(3) != null;
            out.add(new Headcount(sentence.substring(from, to), value, approx, noun));
            taken.add(new int[] {from, to});
        }
        Matcher a = numberThenNoun.matcher(sentence);
        // a count holds a numeral: search only from just before the next one (the same matches as find(), faster)
        int searched = 0;
        while (true) {
            int next = nextNumeral(sentence, searched);
            if (next < 0 || !a.find(Math.max(searched, next - maxBefore))) {
                break;
            }
            searched = a.end();
            int from = a.start();
            if (taken.stream().anyMatch(t -> from >= t[0] && from < t[1])) {
                continue;
            }
            long value = value(a.group(2));
            if (value < 0 || a.group(2).length() == 1 && "一两".contains(a.group(2)) && a.group(1) == null) {
                continue; // 一名快递员, 两位老师: an article, not a count
            }
            boolean approx = a.group(1) != null || a.group(3) != null;
            int end = a.end();
            for (String w : approxAfter) {
                if (w.length() > 1 && sentence.startsWith(w, end)) { // 3家左右
                    approx = true;
                    end += w.length();
                    break;
                }
            }
            String noun = noun(sentence, end);
            int nounEnd = end + noun.length();
            if (noun.isEmpty()) {
                int de = sentence.startsWith("来自", end) ? sentence.indexOf('的', end) : -1;
                if (de > 0 && de - end <= 20) { // 4位来自不同行业的劳模工匠
                    String between = sentence.substring(end, de);
                    if (PUNCT.chars().noneMatch(c -> between.indexOf(c) >= 0)) {
                        noun = noun(sentence, de + 1);
                        nounEnd = de + 1 + noun.length();
                    }
                }
                if (noun.isEmpty()) {
                    if (!a.group(4).equals("人")) {
                        continue; // 一等奖1名、: a number of what is not said
                    }
                    Matcher total = NOUN_THEN_TOTAL.matcher(sentence.substring(0, from));
                    if (total.find()) { // 职工共计2000余人: the noun is written before the total
                        out.add(new Headcount(sentence.substring(total.start(), nounEnd), value, approx, total.group(1)));
                        continue;
                    }
                    noun = "人";
                }
            }
            out.add(new Headcount(sentence.substring(from, nounEnd), value, approx, noun));
        }
        return out;
    }

    private static int nextNumeral(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            if (NUMERALS.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private String noun(String s, int from) {
        int i = from;
        while (i < s.length() && i - from < MAX_NOUN) {
            char c = s.charAt(i);
            if (PUNCT.indexOf(c) >= 0 || Character.isDigit(c)) {
                break;
            }
            final int at = i;
            if (stops.stream().anyMatch(w -> s.startsWith(w, at))) {
                break;
            }
            i++;
        }
        return s.substring(from, i);
    }

    private static long value(String numeral) {
        try {
            return ChineseNumbers.parse(numeral);
        } catch (IllegalArgumentException e) {
            return -1;
        }
    }

    private static List<String> words(List<String[]> rows, String kind) {
        return rows.stream().filter(r -> r[0].equals(kind)).map(r -> r[1]).toList();
    }

    private static String alternation(List<String> words) {
        return words.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
