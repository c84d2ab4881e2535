package org.unionkg.ontology;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.unionkg.rdf.IriMinter;
import org.unionkg.rdf.UKG;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PlaceDataTest {
    private static final Model BEIJING = OntologyFiles.load(OntologyFiles.BEIJING_PLACES);
    private static final Model ALL = OntologyFiles.loadGraph();
    private static final List<Resource> PLACE_CLASSES = List.of(UKG.Place, UKG.District, UKG.Subdistrict, UKG.Venue);

    private static List<Resource> places(Model model) {
        List<Resource> out = new ArrayList<>();
        for (Resource cls : PLACE_CLASSES) {
            out.addAll(model.listSubjectsWithProperty(RDF.type, cls).toList());
        }
        return out;
    }

    private static String label(Resource place) {
        List<Statement> labels = place.listProperties(RDFS.label).toList();
        assertEquals(1, labels.size(), place + " needs exactly one rdfs:label");
        assertEquals("zh", labels.get(0).getLanguage(), place.getURI());
        return labels.get(0).getString();
    }

    @Test
    void everyPlaceIriIsMintedFromItsLabel() {
        List<String> wrong = new ArrayList<>();
        for (Resource place : places(ALL)) {
            String expected = IriMinter.mint("place", label(place));
            if (!expected.equals(place.getURI())) {
                wrong.add(label(place) + ": " + place.getURI() + " should be " + expected);
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(places(ALL).size() > 120, "places: " + places(ALL).size());
    }

    @Test
    void beijingHasItsSixteenDistrictsAndTheDevelopmentAreaAllWithinBeijing() {
        Resource beijing = BEIJING.getResource(IriMinter.mint("place", "北京市"));
        Set<String> districts = new TreeSet<>();
        for (Resource district : BEIJING.listSubjectsWithProperty(RDF.type, UKG.District).toList()) {
            assertEquals(beijing, district.getPropertyResourceValue(UKG.within), label(district) + " is not within 北京市");
            districts.add(label(district));
        }
        assertEquals(new TreeSet<>(List.of("东城区", "西城区", "朝阳区", "海淀区", "丰台区", "石景山区", "门头沟区", "房山区",
                "通州区", "顺义区", "昌平区", "大兴区", "怀柔区", "平谷区", "密云区", "延庆区", "北京经济技术开发区")), districts);
    }

    @Test
    void theSixteenDistrictsCarryTheirAdministrativeCodes() {
        Map<String, String> codes = new TreeMap<>();
        for (Resource district : BEIJING.listSubjectsWithProperty(RDF.type, UKG.District).toList()) {
            Statement code = district.getProperty(SKOS.notation);
            if (code != null) {
                assertTrue(code.getString().matches("1101\\d\\d"), label(district) + " " + code.getString());
                codes.put(code.getString(), label(district));
            }
        }
        assertEquals(16, codes.size(), "the development area has no code of its own: " + codes);
        assertEquals("朝阳区", codes.get("110105"));
        assertEquals("通州区", codes.get("110112"));
    }

    @Test
    void everySubdistrictIsWithinABeijingDistrict() {
        List<Resource> subdistricts = BEIJING.listSubjectsWithProperty(RDF.type, UKG.Subdistrict).toList();
        assertTrue(subdistricts.size() >= 60, "subdistricts: " + subdistricts.size());
        for (Resource sub : subdistricts) {
            Resource district = sub.getPropertyResourceValue(UKG.within);
            assertNotNull(district, label(sub));
            assertTrue(district.hasProperty(RDF.type, UKG.District), label(sub) + " is within a non-district " + district);
        }
    }

    /** The subdistricts the seed pages name, and where they are. */
    @ParameterizedTest(name = "{0} ⊂ {1}")
    @CsvSource({"东湖街道, 朝阳区", "建外街道, 朝阳区", "奥运村街道, 朝阳区", "常营地区, 朝阳区", "安定门街道, 东城区",
            "东高村镇, 平谷区", "梨园镇, 通州区", "台湖镇, 通州区", "玉泉营街道, 丰台区"})
    void seedSubdistrictsAreInTheirDistricts(String subdistrict, String district) {
        Resource sub = BEIJING.getResource(IriMinter.mint("place", subdistrict));
        assertTrue(sub.hasProperty(RDF.type, UKG.Subdistrict), subdistrict);
        assertEquals(IriMinter.mint("place", district), sub.getPropertyResourceValue(UKG.within).getURI());
    }

    @ParameterizedTest(name = "{0} ⊂ {1}")
    @CsvSource({"武清区, 天津市", "廊坊市, 河北省", "昆明市, 云南省", "昆明市西山区, 昆明市", "东京都, 日本", "北京市, 中国"})
    void placesOutsideBeijingAreInTheirLargerPlaces(String place, String larger) {
        Resource r = ALL.getResource(IriMinter.mint("place", place));
        assertEquals(IriMinter.mint("place", larger), r.getPropertyResourceValue(UKG.within).getURI(), place);
    }

    @Test
    void everyWithinChainEndsAtACountryWithoutLoops() {
        Set<String> roots = new TreeSet<>();
        for (Resource place : places(ALL)) {
            Set<Resource> seen = new HashSet<>();
            Resource at = place;
            while (at.getPropertyResourceValue(UKG.within) != null) {
                assertTrue(seen.add(at), "loop at " + label(place));
                at = at.getPropertyResourceValue(UKG.within);
                assertTrue(places(ALL).contains(at), label(place) + " is within an undeclared place " + at);
            }
            roots.add(label(at));
        }
        assertEquals(Set.of("中国", "日本"), roots);
    }

    @Test
    void everyChineseNameNamesOnePlaceOnly() {
        Map<String, String> names = new TreeMap<>();
        List<String> clashes = new ArrayList<>();
        for (Statement s : ALL.listStatements(null, null, (RDFNode) null).toList()) {
            boolean name = s.getPredicate().equals(RDFS.label) || s.getPredicate().equals(SKOS.altLabel);
            if (name && "zh".equals(s.getLiteral().getLanguage()) && places(ALL).contains(s.getSubject())) {
                String before = names.put(s.getString(), s.getSubject().getURI());
                if (before != null && !before.equals(s.getSubject().getURI())) {
                    clashes.add(s.getString());
                }
            }
        }
        assertEquals(List.of(), clashes, "a gazetteer name must point to one place");
        assertNotEquals(IriMinter.mint("place", "西山区"), IriMinter.mint("place", "昆明市西山区"));
    }
}
