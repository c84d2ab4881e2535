package org.unionkg.ontology;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.unionkg.rdf.IriMinter;
import org.unionkg.rdf.UKG;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OntologySchemesTest {
    private static final String SCHEME = UKG.ID + "scheme/";

    @Test
    void unionLevelsAreTheNineOfTheContractKeyedByTheirIri() {
        assertEquals(Set.of("national", "municipal", "industry", "district", "subdistrict", "enterprise", "federation",
                        "outside-beijing", "foreign"),
                keyedConcepts(OntologyFiles.UNION_LEVELS, "union-levels", "level/"));
    }

    @Test
    void eventTypesAreTheSixteenOfTheContractKeyedByTheirIri() {
        assertEquals(Set.of("inspection", "survey-visit", "meeting", "exchange", "skills-competition", "lecture",
                        "study-session", "training", "culture-sports", "care-service", "volunteering", "award", "visit",
                        "social", "drill", "other"),
                keyedConcepts(OntologyFiles.EVENT_TYPES, "event-types", "event-type/"));
    }

    @Test
    void datePrecisionsAreDayMonthYearAndBeforePublication() {
        assertEquals(Set.of("day", "month", "year", "before-publication"),
                keyedConcepts(OntologyFiles.DATE_PRECISION, "date-precision", "date-precision/"));
    }

    /** Cue words seen in the seed headlines and bodies, and the type each must point to. */
    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "执法检查, inspection", "调研, survey-visit", "走访调研, survey-visit", "座谈会, meeting", "全体会议, meeting",
            "交流, exchange", "会见, exchange", "技能竞赛, skills-competition", "比赛, skills-competition",
            "宣讲, lecture", "报告会, lecture", "学习, study-session", "培训, training", "研修班, training",
            "文体活动, culture-sports", "义诊, care-service", "慰问, care-service", "志愿服务, volunteering",
            "表彰, award", "选树, award", "参观, visit", "联谊, social", "演练, drill"})
    void eventTypeCueWordsPointToTheirType(String cue, String key) {
        Map<String, String> gazetteer = gazetteer(OntologyFiles.load(OntologyFiles.EVENT_TYPES));
        assertEquals(UKG.ID + "event-type/" + key, gazetteer.get(cue), cue);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {OntologyFiles.EVENT_TYPES, OntologyFiles.HONOURS, OntologyFiles.UNION_LEVELS,
            OntologyFiles.DATE_PRECISION})
    void everyChineseLabelNamesOneConceptOnly(String file) {
        gazetteer(OntologyFiles.load(file)); // throws on a label shared by two concepts
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {OntologyFiles.EVENT_TYPES, OntologyFiles.HONOURS, OntologyFiles.UNION_LEVELS,
            OntologyFiles.DATE_PRECISION})
    void everyConceptHasOnePrefLabelInChineseAndEnglishAndTheChineseOneAsRdfsLabel(String file) {
        Model model = OntologyFiles.load(file);
        List<String> problems = new ArrayList<>();
        for (Resource concept : model.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList()) {
            for (String lang : List.of("zh", "en")) {
                long n = literals(concept, SKOS.prefLabel).stream().filter(l -> l.getLanguage().equals(lang)).count();
                if (n != 1) {
                    problems.add(concept + " has " + n + " prefLabels @" + lang);
                }
            }
            if (!literals(concept, RDFS.label).equals(literals(concept, SKOS.prefLabel).stream()
                    .filter(l -> l.getLanguage().equals("zh")).toList())) {
                problems.add(concept + ": rdfs:label is not the @zh prefLabel");
            }
            if (!concept.hasProperty(SKOS.inScheme)) {
                problems.add(concept + " is in no scheme");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void honourIrisAreMintedFromTheirChineseLabels() {
        Model honours = OntologyFiles.load(OntologyFiles.HONOURS);
        List<Resource> concepts = honours.listSubjectsWithProperty(SKOS.inScheme, honours.getResource(SCHEME + "honours")).toList();
        assertTrue(concepts.size() >= 20, "honours: " + concepts.size());
        for (Resource concept : concepts) {
            assertEquals(IriMinter.mint("honour", zhPrefLabel(concept)), concept.getURI());
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"全国劳动模范", "全国先进工作者", "北京市劳动模范", "北京市先进工作者", "北京市模范集体", "首都劳动奖章",
            "全国五一劳动奖章", "北京大工匠", "大国工匠", "朝阳工匠", "亦城工匠", "国家级技能大师工作室", "全国模范职工之家"})
    void theHonoursOfTheBriefAreHonoursOfTheScheme(String label) {
        Model honours = OntologyFiles.load(OntologyFiles.HONOURS);
        Resource honour = honours.getResource(IriMinter.mint("honour", label));
        assertTrue(honour.hasProperty(RDF.type, UKG.Honour), label);
        assertTrue(honour.hasProperty(SKOS.inScheme, honours.getResource(SCHEME + "honours")), label);
    }

    @Test
    void shortFormsAndGroupsOfHonours() {
        Model honours = OntologyFiles.load(OntologyFiles.HONOURS);
        Map<String, String> gazetteer = gazetteer(honours);
        assertEquals(IriMinter.mint("honour", "全国劳动模范"), gazetteer.get("全国劳模"));
        assertEquals(IriMinter.mint("honour", "北京市劳动模范"), gazetteer.get("北京市劳模"));
        assertEquals(IriMinter.mint("honour", "劳动模范"), gazetteer.get("劳模"), "the bare 劳模 does not say the level");
        assertEquals(IriMinter.mint("honour", "劳动模范"), broader(honours, "北京市劳动模范"));
        assertEquals(IriMinter.mint("honour", "劳动模范"), broader(honours, "全国劳动模范"));
        assertEquals(IriMinter.mint("honour", "工匠称号"), broader(honours, "朝阳工匠"));
        assertEquals(IriMinter.mint("honour", "劳动奖章"), broader(honours, "首都劳动奖章"));
        assertFalse(honours.getResource(IriMinter.mint("honour", "工匠称号")).hasProperty(RDF.type, UKG.Honour),
                "a grouping concept is not an honour anyone holds");
        for (Statement s : honours.listStatements(null, SKOS.broader, (RDFNode) null).toList()) {
            assertTrue(s.getResource().hasProperty(SKOS.inScheme, honours.getResource(SCHEME + "honours")), s.toString());
        }
    }

    @Test
    void collectiveHonoursAreMarkedSoTheAwardeeIsAnOrganisation() {
        Model honours = OntologyFiles.load(OntologyFiles.HONOURS);
        Resource collective = honours.getResource(SCHEME + "honours-collective");
        assertTrue(collective.hasProperty(RDF.type, SKOS.Collection));
        assertTrue(collective.hasProperty(SKOS.member, honours.getResource(IriMinter.mint("honour", "北京市模范集体"))));
        assertTrue(collective.hasProperty(SKOS.member, honours.getResource(IriMinter.mint("honour", "全国模范职工之家"))));
        assertFalse(collective.hasProperty(SKOS.member, honours.getResource(IriMinter.mint("honour", "北京市劳动模范"))));
        for (Statement s : collective.listProperties(SKOS.member).toList()) {
            assertTrue(s.getResource().hasProperty(RDF.type, UKG.Honour), s.toString());
        }
    }

    /** The keys of the concepts of one scheme, checking that each IRI is id/&lt;path&gt;&lt;key&gt; and the notation is the key. */
    private static Set<String> keyedConcepts(String file, String scheme, String path) {
        Model model = OntologyFiles.load(file);
        Resource schemeResource = model.getResource(SCHEME + scheme);
        assertTrue(schemeResource.hasProperty(RDF.type, SKOS.ConceptScheme), scheme);
        Set<String> keys = new TreeSet<>();
        for (Resource concept : model.listSubjectsWithProperty(SKOS.inScheme, schemeResource).toList()) {
            String key = concept.getProperty(SKOS.notation).getString();
            assertEquals(UKG.ID + path + key, concept.getURI());
            assertTrue(concept.hasProperty(SKOS.topConceptOf, schemeResource), concept.getURI());
            keys.add(key);
        }
        return keys;
    }

    /** Chinese prefLabel and altLabel → concept; fails on a label that names two concepts. */
    private static Map<String, String> gazetteer(Model model) {
        Map<String, String> out = new TreeMap<>();
        for (Statement s : model.listStatements(null, null, (RDFNode) null).toList()) {
            boolean label = s.getPredicate().equals(SKOS.prefLabel) || s.getPredicate().equals(SKOS.altLabel);
            if (!label || !s.getLiteral().getLanguage().equals("zh")
                    || !s.getSubject().hasProperty(RDF.type, SKOS.Concept)) {
                continue;
            }
            String previous = out.put(s.getString(), s.getSubject().getURI());
            if (previous != null && !previous.equals(s.getSubject().getURI())) {
                throw new AssertionError(s.getString() + " names both " + previous + " and " + s.getSubject());
            }
        }
        return out;
    }

    private static String broader(Model honours, String label) {
        Resource b = honours.getResource(IriMinter.mint("honour", label)).getPropertyResourceValue(SKOS.broader);
        assertNotNull(b, label + " has no skos:broader");
        return b.getURI();
    }

    private static String zhPrefLabel(Resource concept) {
        return literals(concept, SKOS.prefLabel).stream().filter(l -> l.getLanguage().equals("zh"))
                .findFirst().orElseThrow().getString();
    }

    private static List<Literal> literals(Resource r, Property p) {
        return r.listProperties(p).toList().stream().map(Statement::getLiteral).sorted((a, b) -> a.toString().compareTo(b.toString())).toList();
    }
}
