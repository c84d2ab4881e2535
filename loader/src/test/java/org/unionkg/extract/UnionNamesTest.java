package org.unionkg.extract;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading union names for their place in Beijing's union structure; no segmenter involved. */
class UnionNamesTest {
    private static final UnionNames UNIONS = new UnionNames(Lexicon.standard());

    private record Ctx(String district, Map<String, String> recentUnions, String recentOrg, Map<String, String> aliases)
            implements UnionNames.Context {
        static Ctx in(String district) {
            return new Ctx(district, Map.of(), null, Map.of());
        }

        @Override
        public Optional<String> recentUnion(String ending) {
            return Optional.ofNullable(recentUnions.get(ending));
        }

        @Override
        public Optional<String> recentOrg(List<String> endings) {
            return Optional.ofNullable(recentOrg).filter(o -> endings.stream().anyMatch(o::endsWith));
        }

        @Override
        public Optional<String> alias(String shortName) {
            return Optional.ofNullable(aliases.get(shortName));
        }
    }

    private static OrgFact read(String written, UnionNames.Context ctx) {
        return UNIONS.read(written, ctx).orElseThrow(() -> new AssertionError("no reading of " + written)).union();
    }

    @Test
    void aParkUnionIsAFederationUnderTheDistrictThePartIsNamedAfter() {
        UnionNames.Reading r = UNIONS.read("中关村科技园区丰台园工会", Ctx.in(null)).orElseThrow();
        assertEquals("federation", r.union().level());
        assertEquals("丰台区总工会", r.union().parent());
        assertTrue(r.implied().stream().anyMatch(o -> o.name().equals("丰台区总工会")), r.implied()::toString);
        // a park not named after a district has no parent the name tells
        OrgFact other = read("亦庄生物医药园工会", Ctx.in(null));
        assertEquals("federation", other.level());
        assertNull(other.parent());
    }

    @Test
    void subdistrictUnionUnderItsDistrictsUnion() {
        OrgFact u = read("朝阳区东湖街道总工会", Ctx.in(null));
        assertEquals("朝阳区东湖街道总工会", u.name());
        assertEquals("朝阳区总工会", u.parent());
        assertEquals("subdistrict", u.level());
        assertEquals("东湖街道", u.place());
        assertTrue(u.altLabels().contains("东湖街道总工会"));
    }

    @Test
    void districtFromTheReferenceListOfSubdistricts() {
        OrgFact u = read("东高村镇总工会", Ctx.in("朝阳区"));
        assertEquals("平谷区东高村镇总工会", u.name());
        assertEquals("平谷区总工会", u.parent());
    }

    @Test
    void districtFromTheArticle() {
        assertEquals("通州区总工会", read("区总工会", Ctx.in("通州区")).name());
        assertTrue(UNIONS.read("区总工会", Ctx.in(null)).isEmpty(), "no district, no body");
    }

    @Test
    void shortFormsResolveToTheUnionNamedBefore() {
        Ctx ctx = new Ctx(null, Map.of("镇总工会", "平谷区东高村镇总工会"), "北京市自来水集团", Map.of());
        assertEquals("平谷区东高村镇总工会", read("镇总工会", ctx).name());
        OrgFact group = read("该集团工会", ctx);
        assertEquals("北京市自来水集团工会", group.name());
        assertEquals("北京市自来水集团", group.employer());
        assertTrue(group.altLabels().isEmpty(), "该集团工会 is no label");
    }

    @Test
    void developmentAreaAndMunicipalForms() {
        OrgFact e = read("经开区总工会", Ctx.in(null));
        assertEquals("北京经济技术开发区总工会", e.name());
        assertEquals("district", e.level());
        OrgFact m = read("市总工会", Ctx.in(null));
        assertEquals("北京市总工会", m.name());
        assertEquals("中华全国总工会", m.parent());
        assertEquals("national", read("全国总工会", Ctx.in(null)).level());
    }

    @Test
    void industryAndEnterpriseUnions() {
        OrgFact i = read("市工业(国防)工会", Ctx.in(null));
        assertEquals("北京市工业（国防）工会", i.name());
        assertEquals("industry", i.level());
        assertEquals("北京市总工会", i.parent());
        OrgFact d = read("北京市朝阳区医疗卫生工会", Ctx.in(null));
        assertEquals("朝阳区总工会", d.parent());
        OrgFact b = read("北京公交集团工会", Ctx.in(null));
        assertEquals("北京公交集团", b.employer());
        assertEquals("enterprise", b.level());
        assertEquals("北京市自来水集团", read("市自来水集团工会", Ctx.in(null)).employer());
    }

    @Test
    void outsideBeijingAndAbroad() {
        OrgFact k = read("昆明市西山区总工会", Ctx.in("朝阳区"));
        assertEquals("outside-beijing", k.level());
        assertEquals("西山区", k.place());
        assertEquals("foreign", read("东京地下铁劳动组合", Ctx.in(null)).level());
        assertEquals("federation", read("FESCO外企工会联合会", Ctx.in(null)).level());
    }

    @Test
    void theUnionsOfAPlaceAreNoBody() {
        assertTrue(UNIONS.read("东城区工会", Ctx.in(null)).isEmpty());
        assertTrue(UNIONS.read("北京市工会", Ctx.in(null)).isEmpty());
    }
}
