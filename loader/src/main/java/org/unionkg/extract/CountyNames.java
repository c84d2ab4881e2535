package org.unionkg.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Reads a county-level place of another province by its shape, when no province or known city opens it: 某某市,
 * 某某县, 某某满族自治县, 某某旗, and a city's district 某某市某某区 (see {@code county-endings.tsv}). Unions of
 * neighbouring counties are often named that way alone (三河市总工会 beside 通州区总工会), and the list of places
 * cannot hold every county. Only a name of at least two characters before its ending is read (全市, 该县, 本市 are
 * no places), never one of Beijing's districts (those have readings of their own), and never a name that opens
 * with a determiner. Pure function of the list and the lexicon: immutable and thread-safe.
 */
final class CountyNames {
    /** Characters that open a phrase about places in general, not a name (全市, 各县, 本市, 该县, 我市, 多县). */
    private static final String DETERMINERS = "全各本该此这我每多";

    private record Ending(String ending, String kind, boolean afterCity) {}

    private final List<Ending> endings;
    private final Lexicon lexicon;

    CountyNames(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.endings = LexiconTable.resource("county-endings.tsv").rows().stream()
                .map(r -> new Ending(r.get(0), r.get(1), "yes".equals(r.get(2))))
                .sorted(Comparator.comparingInt((Ending e) -> e.ending().length()).reversed())
                .toList();
    }

    /**
     * The places a name of this shape stands for, largest first (张家口市崇礼区 → 张家口市, then 崇礼区 within it;
     * 三河市 → 三河市), or empty when the name is not of the shape.
     */
    Optional<List<PlaceFact>> read(String name) {
        if (name.length() < 3 || DETERMINERS.indexOf(name.charAt(0)) >= 0 || !name.codePoints().allMatch(Character::isIdeographic)
                || name.startsWith("北京") || name.startsWith("中国") || beijingDistrictAtStart(name)) {
            return Optional.empty();
        }
        Ending last = endingOf(name);
        if (last == null || name.length() - last.ending().length() < 2) {
            return Optional.empty();
        }
        String head = name.substring(0, name.length() - last.ending().length());
        // a city opening the name: the shortest 某某市 that leaves a county-level name of two characters and more
        for (int c = 2; c <= Math.min(4, head.length() - 3); c++) {
            if (head.charAt(c) == '市' && name.length() - c - 1 - last.ending().length() >= 2) {
                String city = name.substring(0, c + 1);
                String county = name.substring(c + 1);
                if (DETERMINERS.indexOf(county.charAt(0)) >= 0) {
                    return Optional.empty();
                }
                List<PlaceFact> out = new ArrayList<>();
                out.add(new PlaceFact(city, "city", null));
                out.add(new PlaceFact(county, last.kind(), city));
                return Optional.of(out);
            }
        }
        if (last.afterCity() || head.contains("市")) {
            return Optional.empty();
        }
        return Optional.of(List.of(new PlaceFact(name, last.kind(), null)));
    }

    /** 密云县, 朝阳区…: an old or short form of one of Beijing's districts is no other province's place. */
    private boolean beijingDistrictAtStart(String name) {
        return lexicon.districtForms().stream().anyMatch(f -> f.length() >= 2 && name.startsWith(f));
    }

    private Ending endingOf(String name) {
        for (Ending e : endings) {
            if (name.endsWith(e.ending())) {
                return e;
            }
        }
        return null;
    }
}
