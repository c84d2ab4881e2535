package org.unionkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What names say about where things are, read against the gazetteers of {@link Lexicon}: the facts a place name
 * implies (a subdistrict lies in its district, 武清区 in 天津市), the seat a body's name opens with (朝阳区东湖街道总工会
 * → 朝阳区; 崔各庄第二社区卫生服务中心 → 崔各庄地区), the place a venue's name opens with (杨宋镇敬老院 → 杨宋镇), and the
 * place names written inside a longer name. Pure functions of the lexicon: immutable and thread-safe.
 */
final class PlaceNames {
    private static final List<String> TOWN_ENDINGS = List.of("街道", "地区", "镇", "乡");

    private final Lexicon lexicon;
    /** Place names worth a mention inside other names: districts, subdistricts, places outside Beijing. */
    private final WordIndex inNames;

    PlaceNames(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.inNames = inNames(lexicon);
    }

    /**
     * The places a place name stands for: the place itself and the larger places the lists put it in (a subdistrict
     * and its district; an outside place and each place it lies within). Empty for a name no list holds.
     */
    List<PlaceFact> factsOf(String name) {
        List<PlaceFact> out = new ArrayList<>();
        addFacts(name, out);
        return out;
    }

    private void addFacts(String name, List<PlaceFact> out) {
        if (lexicon.district(name).filter(name::equals).isPresent()) {
            out.add(new PlaceFact(name, "district", null));
            return;
        }
        Optional<String> d = lexicon.districtOfSubdistrict(name);
        if (d.isPresent()) {
            out.add(new PlaceFact(d.get(), "district", null));
            out.add(new PlaceFact(name, "subdistrict", d.get()));
            return;
        }
        lexicon.outsidePlace(name).ifPresent(p -> {
            String within = p.within().isEmpty() ? null : p.within();
            out.add(new PlaceFact(p.name(), p.kind(), within));
            if (within != null) {
                addFacts(within, out);
            }
        });
    }

    /**
     * The seat a body's name opens with: its district (after 北京市), else a subdistrict written in full or by its
     * stem (崔各庄第二社区卫生服务中心 → 崔各庄地区); null when the name opens with no place.
     */
    String seatAtStart(String name) {
        String district = districtAtStart(name.startsWith("北京市") ? name.substring(3) : name);
        return district != null ? district : subdistrictAtStart(name);
    }

    /** The subdistrict a name opens with (崔各庄第二社区卫生服务中心 → 崔各庄地区), or null. */
    String subdistrictAtStart(String name) {
        for (int len = Math.min(5, name.length() - 1); len >= 2; len--) {
            String head = name.substring(0, len);
            Optional<String> sub = lexicon.districtOfSubdistrict(head).isPresent() ? Optional.of(head) : lexicon.subdistrictByShortForm(head);
            if (sub.isPresent()) {
                return sub.get();
            }
        }
        return null;
    }

    /** The place a venue's name opens with: its town (杨宋镇敬老院 → 杨宋镇), else its district, or null. */
    String venueWithin(String name) {
        String district = districtAtStart(name);
        String rest = district != null && name.startsWith(district) ? name.substring(district.length()) : name;
        for (String sub : lexicon.subdistricts()) {
            if (rest.startsWith(sub) && rest.length() > sub.length()) {
                return sub;
            }
        }
        // 金海湖镇职工服务中心: a town the list holds under another ending (金海湖地区), named as written
        for (int len = Math.min(4, rest.length() - 2); len >= 2; len--) {
            String stem = rest.substring(0, len);
            for (String ending : TOWN_ENDINGS) {
                if (rest.startsWith(ending, len) && rest.length() > len + ending.length()
                        && lexicon.subdistrictByShortForm(stem).isPresent()) {
                    return stem + ending;
                }
            }
        }
        return district;
    }

    /** The district a name opens with, in any of its forms (朝阳区, 朝阳…, 经开区), or null. */
    String districtAtStart(String name) {
        for (String form : lexicon.districtForms()) {
            if (name.startsWith(form) && (form.endsWith("区") || name.length() > form.length() + 1)) {
                return lexicon.district(form).orElseThrow();
            }
        }
        return null;
    }

    /**
     * The place names written inside the name mentioned by {@code m} in {@code text} (朝阳区 and 东湖街道 in
     * 朝阳区东湖街道总工会), as PLACE mentions; never the whole mention itself.
     */
    List<Mention> inside(String text, Mention m) {
        List<Mention> out = new ArrayList<>();
        for (int i = m.start(); i < m.end(); i++) {
            String place = inNames.longestAt(text, i);
            if (place != null && i + place.length() <= m.end() && (i != m.start() || i + place.length() != m.end())) {
                out.add(new Mention(MentionType.PLACE, place, place, i, i + place.length()));
            }
        }
        return out;
    }

    private static WordIndex inNames(Lexicon lexicon) {
        List<String> names = new ArrayList<>();
        lexicon.districtForms().stream().filter(f -> f.equals(lexicon.district(f).orElseThrow())).forEach(names::add);
        names.addAll(lexicon.subdistricts());
        for (String form : lexicon.outsidePlaceForms()) {
            Lexicon.OutsidePlace p = lexicon.outsidePlace(form).orElseThrow();
            if (form.equals(p.name()) && !"北京市".equals(form) && !"country".equals(p.kind()) && !"province".equals(p.kind())) {
                names.add(form);
            }
        }
        return new WordIndex(names);
    }
}
