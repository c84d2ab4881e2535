package org.unionkg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a union body's name for its place in the union structure: its canonical full name, level, parent union,
 * employer and place. Beijing's structure: a district's 总工会 is under 北京市总工会; a subdistrict's, town's or
 * area's 总工会 is under its district's (district from the name, the subdistrict list, or the article); a
 * municipal industry union (北京市交通运输工会) is under 北京市总工会; a district industry union
 * (北京市朝阳区医疗卫生工会) under its district's 总工会; an enterprise union is the union of the body it is named
 * after (北京公交集团工会 → 北京公交集团). Short forms (区总工会, 镇总工会, 该集团工会) are read in the article's
 * context. Thread-safe.
 */
public final class UnionNames {

    /** What the article around a name tells: its district, the bodies named so far, its aliases. */
    public interface Context {
        /** The district the article is about, or null. */
        String district();

        /** The canonical name of the last union named so far whose name ends so (镇总工会), if any. */
        Optional<String> recentUnion(String ending);

        /** The canonical name of the last organisation named so far whose name ends with one of these words. */
        Optional<String> recentOrg(List<String> endings);

        /** The full name a short name stands for (以下简称“北方导航集团”), if the article says so. */
        Optional<String> alias(String shortName);
    }

    /**
     * A reading: the union, the bodies and places it implies (parents up to 中华全国总工会, its employer).
     */
    public record Reading(OrgFact union, List<OrgFact> implied, List<PlaceFact> places) {}

    /** A city or district of another province by its shape: 涿州市, 蓟州区, 三河市 (after a place the list knows). */
    private static final Pattern OUTSIDE_SHAPE = Pattern.compile("(\\p{IsHan}{1,3})(市|区|县)");
    private static final Set<String> SUBDISTRICT_ENDINGS = Set.of("街道", "地区", "镇", "乡");
    private static final Set<String> SHORT_FORMS = Set.of("区", "街道", "地区", "镇", "乡");
    /** Kind words that name the employer of a union written alone (公司工会, 校工会): anaphora like 该公司工会. */
    static final Set<String> BARE_EMPLOYERS = Set.of("公司", "集团", "校", "院", "法院", "检察院", "医院");
    /** 某某大学校工会, 某某医院院工会: a school or hospital's name, then the short form of its kind, then 工会. */
    private static final java.util.regex.Pattern SCHOOL_OR_HOSPITAL = java.util.regex.Pattern.compile(
            "(.{2,}(?:大学|学院|中学|小学|学校|职业高中))校|(.{2,}(?:医院|卫生院|研究院))院");
    private static final String MUNICIPAL = "北京市总工会";
    private static final String NATIONAL = "中华全国总工会";
    private static final java.util.regex.Pattern UNIT_ENDING = java.util.regex.Pattern.compile(".+(所|局|院|校|站|厂|处|部|办|中心|公司|集团)");

    private final Lexicon lexicon;
    private final CountyNames counties;

    public UnionNames(Lexicon lexicon) {
        this.lexicon = lexicon;
        this.counties = new CountyNames(lexicon);
    }

    /** The reading of a union name as written, or empty when it names no particular body. */
    public Optional<Reading> read(String written, Context ctx) {
        String name = written.replace('(', '（').replace(')', '）');
        Builder b = new Builder(written);
        Optional<Lexicon.KnownUnion> known = lexicon.knownUnion(name);
        if (known.isPresent()) {
            return Optional.of(b.known(known.get()));
        }
        if (name.endsWith("工会联合会")) {
            // 某区某某产业基地工会联合会: a federation named after a district's site is under that district's union,
            // as a park's is (parkUnion)
            String district = districtAtStart(stripBeijing(name));
            if (district != null) {
                b.implied.add(b.districtUnion(district).union());
                return Optional.of(b.union(name, "federation", district + "总工会", null, null));
            }
            return Optional.of(b.union(name, "federation", null, null, null));
        }
        String foreignForm = name.endsWith("劳动组合") ? "劳动组合" : name.endsWith("劳动总联合会") ? "劳动总联合会" : null;
        if (foreignForm != null) {
            // unions abroad: 东京地下铁劳动组合 (Japan), 越南劳动总联合会 (a national confederation of labour)
            String place = leadingOutsidePlace(name.substring(0, name.length() - foreignForm.length()), b);
            return Optional.of(b.union(name, "foreign", null, null, place));
        }
        if (name.endsWith("总工会")) {
            return general(name.substring(0, name.length() - 3), b, ctx);
        }
        if (name.endsWith("工会")) {
            return plain(name.substring(0, name.length() - 2), b, ctx);
        }
        return Optional.empty();
    }

    private Optional<Reading> general(String prefix, Builder b, Context ctx) {
        if (prefix.isEmpty() || prefix.equals("市") || prefix.equals("北京市") || prefix.equals("北京")) {
            return Optional.of(b.known(lexicon.knownUnion(MUNICIPAL).orElseThrow()));
        }
        if (prefix.equals("区")) {
            return ctx.district() == null ? Optional.empty() : Optional.of(b.districtUnion(ctx.district()));
        }
        if (SUBDISTRICT_ENDINGS.contains(prefix)) {
            return ctx.recentUnion(prefix + "总工会").map(b::again);
        }
        DistrictAndRest split = splitDistrict(prefix);
        String district = split.district();
        String rest = split.rest();
        if (rest.isEmpty() && district != null) {
            return Optional.of(b.districtUnion(district));
        }
        String sub = subdistrict(rest);
        if (sub != null) {
            if (district == null) {
                district = districtOfSubdistrict(sub).orElse(ctx.district());
            }
            return Optional.of(b.subdistrictUnion(district, sub));
        }
        if (district == null) {
            String place = leadingOutsidePlace(prefix, b);
            if (place != null && !place.equals("北京市")) {
                // 河北省涿州市总工会 is named 涿州市总工会: the province is the address, not the name
                return Optional.of(b.union(withoutProvince(prefix) + "总工会", "outside-beijing", null, null, place));
            }
            // 三河市总工会, 丰宁满族自治县总工会, 某某市某某区总工会: a county of another province by its shape alone
            Optional<List<PlaceFact>> county = place == null ? counties.read(prefix) : Optional.empty();
            if (county.isPresent()) {
                county.get().forEach(b::place);
                String seat = county.get().get(county.get().size() - 1).name();
                return Optional.of(b.union(prefix + "总工会", "outside-beijing", null, null, seat));
            }
        }
        return Optional.of(b.union(prefix + "总工会", null, null, null, district));
    }

    private Optional<Reading> plain(String prefix, Builder b, Context ctx) {
        // 区教育工会, 区税务局工会: a district body's union named by the article's district, the way 区总工会 is;
        // 市教育工会 likewise is Beijing's (区属企业工会, 市属…: kinds of union, generic-names.tsv)
        if (prefix.length() >= 3 && (prefix.charAt(0) == '区' || prefix.charAt(0) == '市')
                && !lexicon.isGenericName(prefix.substring(0, 2)) && !BARE_EMPLOYERS.contains(prefix.substring(1))) {
            String place = prefix.charAt(0) == '区' ? ctx.district() : "北京市";
            return place == null ? Optional.empty() : plain(place + prefix.substring(1), b, ctx);
        }
        String employer = null;
        if (prefix.startsWith("该") || BARE_EMPLOYERS.contains(prefix)) {
            // 该公司工会, and 公司工会, 校工会, 院工会 written alone after the employer was named: its union
            List<String> endings = switch (prefix.startsWith("该") ? prefix.substring(1) : prefix) {
                case "集团" -> List.of("集团", "集团有限公司", "集团有限责任公司", "集团股份有限公司");
                case "公司" -> List.of("公司", "集团");
                case "校" -> List.of("大学", "学院", "中学", "小学", "学校", "职业高中", "幼儿园");
                case "院" -> List.of("医院", "学院", "检察院", "法院", "卫生院", "研究院");
                // 法院工会 after 某区人民法院 was named: that court's union (a court's staff call it so)
                case "法院", "检察院", "医院" -> List.of(prefix.startsWith("该") ? prefix.substring(1) : prefix);
                default -> List.of("中心");
            };
            employer = ctx.recentOrg(endings).orElse(null);
            if (employer == null) {
                return Optional.empty();
            }
        } else if (ctx.alias(prefix).isPresent()) {
            employer = ctx.alias(prefix).get();
        } else if (schoolOrHospitalUnion(prefix) != null) {
            // 某某大学校工会, 某某医院院工会: the union of the school or hospital, named as such (GUIDELINES, enterprise
            // unions: the employer's name + 工会; the written form is an altLabel)
            employer = schoolOrHospitalUnion(prefix);
        } else if (prefix.endsWith("机关") && isEmployer(prefix.substring(0, prefix.length() - 2))) {
            // 某区卫生健康委员会机关工会: the union of an agency's own staff, one employer's union; its name keeps 机关
            String agency = OrgNames.canonical(prefix.substring(0, prefix.length() - 2));
            Reading r = b.enterpriseUnion(agency, districtAtStart(stripBeijing(agency)));
            OrgFact u = r.union();
            return Optional.of(new Reading(new OrgFact(u.type(), OrgNames.canonical(prefix) + "工会", u.altLabels(), u.parent(),
                    u.employer(), u.level(), u.kind(), u.place()), r.implied(), r.places()));
        } else if (isEmployer(prefix)) {
            employer = OrgNames.canonical(prefix);
        }
        if (employer != null) {
            return Optional.of(b.enterpriseUnion(employer, districtAtStart(stripBeijing(employer))));
        }
        String full = OrgNames.canonical(prefix);
        Optional<Reading> town = townUnion(full, b, ctx);
        if (town.isPresent()) {
            return town;
        }
        if (full.equals("北京市") || full.equals("北京") || full.equals("首都") || lexicon.district(stripBeijing(full)).isPresent()) {
            // 东城区工会工作, 北京市工会第十五次代表大会, 首都工会, 北京工会管理职业学院: the unions of a place, not one body
            return Optional.empty();
        }
        if (full.startsWith("北京市") && !full.endsWith("联合")) {
            String district = districtAtStart(full.substring(3));
            if (district != null) {
                return Optional.of(b.industryUnion(full + "工会", district + "总工会", district));
            }
            return Optional.of(b.industryUnion(full + "工会", MUNICIPAL, null));
        }
        String district = districtAtStart(full);
        if (full.endsWith("联合") && full.length() > 2) {
            // 某某地区联合工会: the joint union of an area's small employers, a federation like 工会联合会 (GUIDELINES, level)
            if (district != null) {
                b.place(new PlaceFact(district, "district", null));
            }
            return Optional.of(b.union(full + "工会", "federation", null, null, district));
        }
        if (district != null) {
            return Optional.of(b.industryUnion(full + "工会", district + "总工会", district));
        }
        if (full.startsWith("中国") || full.startsWith("中华全国")) {
            return Optional.of(b.union(full + "工会", "national", NATIONAL, null, null));
        }
        if (full.endsWith("园") || full.endsWith("园区")) {
            return Optional.of(parkUnion(full, b));
        }
        // others whose level the name does not tell
        return Optional.of(b.union(full + "工会", null, null, null, null));
    }

    /**
     * A park's union (中关村科技园区东城园工会) is a federation of the park's enterprise unions; a park named after a
     * district (东城园) belongs to that district's union. The district's union is implied, not named.
     */
    private Reading parkUnion(String full, Builder b) {
        String park = full.endsWith("园区") ? full.substring(0, full.length() - 2) : full.substring(0, full.length() - 1);
        for (String form : lexicon.districtForms()) {
            if (form.length() >= 2 && park.endsWith(form)) {
                String district = lexicon.district(form).orElseThrow();
                b.implied.add(b.districtUnion(district).union()); // the district's union, implied, with its place
                return b.union(full + "工会", "federation", district + "总工会", null, null);
            }
        }
        return b.union(full + "工会", "federation", null, null, null);
    }

    /** 东高村镇工会 in a headline is the town's 总工会: towns and subdistricts have no other union. */
    private Optional<Reading> townUnion(String full, Builder b, Context ctx) {
        DistrictAndRest split = splitDistrict(full);
        String district = split.district();
        String rest = split.rest();
        if (rest.isEmpty() || lexicon.districtOfSubdistrict(rest).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(b.subdistrictUnion(district != null ? district : lexicon.districtOfSubdistrict(rest).orElse(ctx.district()), rest));
    }

    /** The school or hospital of 某某大学校 / 某某医院院 (the words before 工会), or null. */
    private static String schoolOrHospitalUnion(String prefix) {
        java.util.regex.Matcher m = SCHOOL_OR_HOSPITAL.matcher(prefix);
        if (!m.matches()) {
            return null;
        }
        return OrgNames.canonical(m.group(1) != null ? m.group(1) : m.group(2));
    }

    private boolean isEmployer(String prefix) {
        Optional<Lexicon.Suffix> suffix = lexicon.suffixOf(prefix);
        if (suffix.isPresent() && suffix.get().type() == MentionType.ORGANIZATION && prefix.length() > suffix.get().suffix().length()) {
            return true;
        }
        return lexicon.subUnits().stream().anyMatch(prefix::endsWith)
                || UNIT_ENDING.matcher(prefix).matches();
    }

    private String subdistrict(String rest) {
        if (lexicon.districtOfSubdistrict(rest).isPresent()) {
            return rest;
        }
        for (String ending : SUBDISTRICT_ENDINGS) {
            if (rest.endsWith(ending) && rest.length() >= ending.length() + 2 && rest.length() <= ending.length() + 4) {
                // the name as written (平谷区金海湖镇, where the list has 金海湖地区); its district comes from the list
                return rest;
            }
        }
        return null;
    }

    /** The district of a subdistrict, listed in full or by its short form with another ending (金海湖镇 → 平谷区). */
    private Optional<String> districtOfSubdistrict(String sub) {
        Optional<String> d = lexicon.districtOfSubdistrict(sub);
        if (d.isPresent()) {
            return d;
        }
        for (String ending : SUBDISTRICT_ENDINGS) {
            if (sub.endsWith(ending) && sub.length() > ending.length()) {
                return lexicon.subdistrictByShortForm(sub.substring(0, sub.length() - ending.length()))
                        .flatMap(lexicon::districtOfSubdistrict);
            }
        }
        return Optional.empty();
    }

    /** A name read as an optional 北京市, then a district (or none: null), then the rest. */
    private record DistrictAndRest(String district, String rest) {}

    /** 北京市朝阳区东湖街道 → (朝阳区, 东湖街道); 东湖街道 → (null, 东湖街道). The longest district form wins. */
    private DistrictAndRest splitDistrict(String name) {
        String rest = stripBeijing(name);
        for (String form : lexicon.districtForms()) {
            if (rest.startsWith(form)) {
                return new DistrictAndRest(lexicon.district(form).orElseThrow(), rest.substring(form.length()));
            }
        }
        return new DistrictAndRest(null, rest);
    }

    private String districtAtStart(String name) {
        for (String form : lexicon.districtForms()) {
            if (name.startsWith(form) && (form.endsWith("区") || name.length() > form.length())) {
                return lexicon.district(form).orElseThrow();
            }
        }
        return null;
    }

    private static String stripBeijing(String name) {
        if (name.startsWith("北京市")) {
            return name.substring(3);
        }
        if (name.startsWith("北京") && !name.startsWith("北京经济技术开发区")) {
            return name.substring(2);
        }
        return name.startsWith("市") ? name.substring(1) : name;
    }

    /** The most specific place outside Beijing's districts that opens the name (昆明市西山区 → 西山区), noting places. */
    private String withoutProvince(String prefix) {
        for (String form : lexicon.outsidePlaceForms()) {
            if (prefix.startsWith(form) && prefix.length() > form.length()
                    && "province".equals(lexicon.outsidePlace(form).orElseThrow().kind())) {
                return prefix.substring(form.length());
            }
        }
        return prefix;
    }

    private String leadingOutsidePlace(String prefix, Builder b) {
        String rest = prefix;
        String last = null;
        boolean moved = true;
        while (moved) {
            moved = false;
            for (String form : lexicon.outsidePlaceForms()) {
                if (rest.startsWith(form) && form.length() >= 2) {
                    Lexicon.OutsidePlace p = lexicon.outsidePlace(form).orElseThrow();
                    String within = last != null ? last : (p.within().isEmpty() ? null : p.within());
                    b.place(new PlaceFact(p.name(), p.kind(), within));
                    if (within != null && last == null) {
                        lexicon.outsidePlace(within).ifPresent(w -> b.place(new PlaceFact(w.name(), w.kind(), w.within().isEmpty() ? null : w.within())));
                    }
                    last = p.name();
                    rest = rest.substring(form.length());
                    moved = true;
                    break;
                }
            }
        }
        Matcher shaped = OUTSIDE_SHAPE.matcher(rest);
        if (last != null && shaped.matches()) {
            // 河北省涿州市, 天津市蓟州区: a city or district the list lacks, inside the place the list knows
            String kind = shaped.group(2).equals("市") ? "city" : "district";
            b.place(new PlaceFact(rest, kind, last));
            last = rest;
        }
        return last;
    }

    /** Collects one reading. */
    private final class Builder {
        private final String written;
        private final List<OrgFact> implied = new ArrayList<>();
        private final List<PlaceFact> places = new ArrayList<>();

        Builder(String written) {
            this.written = written;
        }

        void place(PlaceFact p) {
            places.add(p);
        }

        Reading known(Lexicon.KnownUnion u) {
            OrgFact f = fact(u.name(), u.level(), blank(u.parent()), null, blank(u.place()));
            if (blank(u.parent()) != null) {
                implyKnown(u.parent());
            }
            if (u.place() != null && !u.place().isBlank()) {
                lexicon.outsidePlace(u.place()).ifPresent(p -> places.add(new PlaceFact(p.name(), p.kind(), null)));
            }
            return new Reading(f, implied, places);
        }

        Reading again(String canonical) {
            return new Reading(fact(canonical, null, null, null, null), implied, places);
        }

        Reading union(String name, String level, String parent, String employer, String place) {
            if (MUNICIPAL.equals(parent) || NATIONAL.equals(parent)) {
                implyKnown(parent);
            }
            return new Reading(fact(name, level, parent, employer, place), implied, places);
        }

        Reading districtUnion(String district) {
            places.add(new PlaceFact(district, "district", null));
            implyKnown(MUNICIPAL);
            return new Reading(fact(district + "总工会", "district", MUNICIPAL, null, district), implied, places);
        }

        Reading subdistrictUnion(String district, String sub) {
            String parent = null;
            if (district != null) {
                parent = district + "总工会";
                places.add(new PlaceFact(district, "district", null));
                implied.add(new OrgFact(MentionType.UNION, parent, Set.of(), MUNICIPAL, null, "district", null, district));
                implyKnown(MUNICIPAL);
            }
            places.add(new PlaceFact(sub, "subdistrict", district));
            String name = (district == null ? "" : district) + sub + "总工会";
            OrgFact f = fact(name, "subdistrict", parent, null, sub);
            return new Reading(f.merge(new OrgFact(MentionType.UNION, name, Set.of(sub + "总工会"), null, null, null, null, null)), implied, places);
        }

        Reading industryUnion(String name, String parent, String district) {
            if (district != null) {
                places.add(new PlaceFact(district, "district", null));
                implied.add(new OrgFact(MentionType.UNION, parent, Set.of(), MUNICIPAL, null, "district", null, district));
            }
            implyKnown(MUNICIPAL);
            return new Reading(fact(name, "industry", parent, null, district), implied, places);
        }

        Reading enterpriseUnion(String employer, String district) {
            String kind = lexicon.suffixOf(employer).filter(s -> s.type() == MentionType.ORGANIZATION).map(Lexicon.Suffix::kind).orElse("other");
            implied.add(new OrgFact(MentionType.ORGANIZATION, employer, Set.of(), null, null, null, kind, district));
            if (district != null) {
                places.add(new PlaceFact(district, "district", null));
            }
            return new Reading(fact(employer + "工会", "enterprise", null, employer, district), implied, places);
        }

        private void implyKnown(String name) {
            lexicon.knownUnion(name).ifPresent(u -> {
                implied.add(new OrgFact(MentionType.UNION, u.name(), Set.of(), blank(u.parent()), null, u.level(), null, blank(u.place())));
                if (blank(u.place()) != null) {
                    lexicon.outsidePlace(u.place()).ifPresent(p -> places.add(new PlaceFact(p.name(), p.kind(), null)));
                }
                if (blank(u.parent()) != null) {
                    implyKnown(u.parent());
                }
            });
        }

        private OrgFact fact(String name, String level, String parent, String employer, String place) {
            Set<String> alts = isGeneric(written) ? Set.of() : Set.of(written);
            return new OrgFact(MentionType.UNION, name, alts, parent, employer, level, null, place);
        }

        /** Forms that name a body only in context (工会, 该集团工会, 区总工会, 镇总工会) are no labels. */
        private boolean isGeneric(String w) {
            return w.equals("工会") || w.startsWith("该") || w.startsWith("区") || w.endsWith("工会") && BARE_EMPLOYERS.contains(w.substring(0, w.length() - 2))
                    || w.endsWith("总工会") && SHORT_FORMS.contains(w.substring(0, w.length() - 3));
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
