package org.unionkg.query;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.unionkg.query.SeedQueriesTest.rows;

/** The analysts' canned queries over the knowledge layer, with answers checked by hand against the seed pages. */
class KnowledgeQueriesTest {

    static Set<String> column(List<Map<String, String>> rows, String var) {
        return rows.stream().map(r -> r.get(var)).filter(v -> v != null).collect(Collectors.toSet());
    }

    static Map<String, String> row(List<Map<String, String>> rows, String var, String value) {
        return rows.stream().filter(r -> value.equals(r.get(var))).findFirst()
                .orElseThrow(() -> new AssertionError("no row with " + var + "=" + value + " in " + rows));
    }

    @Test
    void unionTreeUnderTheMunicipalFederationByAnyName() {
        List<Map<String, String>> tree = rows("union-tree", Map.of("union", "市总工会"));
        Set<String> names = column(tree, "unionName");
        // industry unions and district unions sit directly under it, subdistrict unions under their district's
        assertTrue(names.containsAll(Set.of("北京市交通运输工会", "北京市服务工会", "北京市政法卫生文化工会", "北京市工业（国防）工会",
                "朝阳区总工会", "通州区总工会", "朝阳区东湖街道总工会", "平谷区东高村镇总工会")), names.toString());
        assertEquals("朝阳区总工会", row(tree, "unionName", "朝阳区东湖街道总工会").get("parentName"));
        assertEquals("平谷区总工会", row(tree, "unionName", "平谷区东高村镇总工会").get("parentName"));
        assertEquals("北京市总工会", row(tree, "unionName", "北京市交通运输工会").get("parentName"));
        assertEquals(tree, rows("union-tree", Map.of("union", "北京市总工会")), "the short form names the same union");
        assertTrue(!names.contains("武清区总工会") && !names.contains("东京地下铁劳动组合"), "unions outside Beijing are not under it");
    }

    @Test
    void unionsByDistrict() {
        List<Map<String, String>> r = rows("unions-by-district", Map.of());
        Map<String, String> chaoyang = r.stream()
                .filter(x -> "朝阳区".equals(x.get("district")) && x.get("names").contains("东湖街道"))
                .findFirst().orElseThrow(() -> new AssertionError(r.toString()));
        for (String u : List.of("朝阳区东湖街道总工会", "朝阳区常营地区总工会", "朝阳区建外街道总工会", "朝阳区奥运村街道总工会")) {
            assertTrue(chaoyang.get("names").contains(u), chaoyang.toString());
        }
        // given a district, the same rows as the whole list has for it, and no other district's
        List<Map<String, String>> one = rows("unions-by-district", Map.of("district", "朝阳区"));
        assertEquals(r.stream().filter(x -> "朝阳区".equals(x.get("district"))).toList(), one);
        assertEquals(List.of(), rows("unions-by-district", Map.of("district", "朝阳")), "a district is named in full");
    }

    @Test
    void leadersOfTheMunicipalFederationWithTheirPostsAsPrinted() {
        List<Map<String, String>> r = rows("union-leaders", Map.of("body", "北京市总工会"));
        Set<String> posts = r.stream().map(x -> x.get("name") + " " + x.get("roleText")).collect(Collectors.toSet());
        assertEquals(Set.of("张良 党组书记、副主席", "朱文娇 党组成员、副主席", "蒋文云 党组成员、副主席",
                "赵丽君 党组成员、副主席，一级巡视员"), posts);
        // 朱文娇 is one person on three pages
        assertEquals(1, r.stream().filter(x -> x.get("name").equals("朱文娇")).map(x -> x.get("person")).distinct().count());
        assertEquals(3, r.stream().filter(x -> x.get("name").equals("朱文娇")).count());
        assertEquals(r, rows("union-leaders", Map.of("body", "市总工会")), "the short form names the same body");
        assertEquals(List.of(), rows("union-leaders", Map.of("body", "总工会")), "a name matches whole, not in part");
    }

    @Test
    void modelWorkersAndTheirHonours() {
        List<Map<String, String>> r = rows("honours", Map.of());
        Set<String> yicheng = r.stream().filter(x -> x.get("honour").equals("亦城工匠")).map(x -> x.get("awardeeName"))
                .collect(Collectors.toSet());
        assertEquals(Set.of("张延明", "陈明霞", "黄仕启", "巩森", "樊晋", "王欣", "张森", "王冬", "芮守祯", "尹理才"), yicheng);
        r.stream().filter(x -> x.get("honour").equals("亦城工匠")).forEach(x -> assertEquals("2025", x.get("year")));
        assertTrue(r.stream().anyMatch(x -> x.get("awardeeName").equals("陈文静") && x.get("honour").equals("朝阳工匠")));
        assertTrue(r.stream().anyMatch(x -> x.get("awardeeName").equals("甘静雯") && x.get("honour").equals("全国先进工作者")));
        assertTrue(r.stream().anyMatch(x -> x.get("awardeeName").equals("通州区人民检察院") && x.get("honour").equals("北京市模范集体")),
                "a collective honour goes to the body");
        // one honour: its holders only, the same rows the whole list gives it
        assertEquals(r.stream().filter(x -> x.get("honour").equals("亦城工匠")).toList(), rows("honours", Map.of("honour", "亦城工匠")));
    }

    @Test
    void modelWorkersByDistrict() {
        List<Map<String, String>> r = rows("honours-by-district", Map.of());
        Map<String, String> tongzhou = r.stream()
                .filter(x -> "通州区".equals(x.get("district")) && "全国先进工作者".equals(x.get("honour")))
                .findFirst().orElseThrow(() -> new AssertionError(r.toString()));
        assertEquals("甘静雯", tongzhou.get("names"));
        assertTrue(r.stream().anyMatch(x -> "朝阳区".equals(x.get("district")) && "朝阳工匠".equals(x.get("honour"))
                && x.get("names").contains("陈文静")), r.toString());
        // narrowed by district, by honour, or both: the whole table's rows for them
        assertEquals(r.stream().filter(x -> "通州区".equals(x.get("district"))).toList(),
                rows("honours-by-district", Map.of("district", "通州区")));
        assertEquals(r.stream().filter(x -> "朝阳工匠".equals(x.get("honour"))).toList(),
                rows("honours-by-district", Map.of("honour", "朝阳工匠")));
        assertEquals(List.of(tongzhou), rows("honours-by-district", Map.of("district", "通州区", "honour", "全国先进工作者")));
    }

    @Test
    void eventsByTypeWithDates() {
        List<Map<String, String>> r = rows("events-by-type-and-district", Map.of());
        Map<String, String> survey = row(r, "label", "北京市总工会赴朝阳区调研职工文化服务阵地建设和“两个覆盖”工作时强调");
        assertEquals("2025-09-18", survey.get("date"));
        assertEquals("9月18日上午", survey.get("dateText"));
        assertEquals("调研", survey.get("type"));
        assertEquals("朝阳区", survey.get("district"));
        assertEquals("技能竞赛", row(r, "label", "朝阳区医疗卫生机构护理专业岗位练兵技能竞赛举行").get("type"));
        assertEquals("执法检查", row(r, "label", "北京市人大常委会执法检查组对东城区开展工会法相关法律法规实施情况检查").get("type"));
        // the whole list keeps the events no district claims (a meeting of an industry union), with no district
        Map<String, String> meeting = row(r, "label", "北京市服务工会第二届委员会第三次全体会议召开");
        assertEquals(null, meeting.get("district"));
        assertEquals(33, r.stream().map(x -> x.get("event")).distinct().count(), "every event of the seeds is listed");
        // given a district, its events only (the same rows as in the whole list); given a type too, that type only
        List<Map<String, String>> chaoyang = rows("events-by-type-and-district", Map.of("district", "朝阳区"));
        assertEquals(r.stream().filter(x -> "朝阳区".equals(x.get("district"))).toList(), chaoyang);
        assertEquals(7, chaoyang.size());
        assertEquals(List.of(survey), rows("events-by-type-and-district", Map.of("district", "朝阳区", "type", "调研")));
        assertEquals(r.stream().filter(x -> "技能竞赛".equals(x.get("type"))).toList(),
                rows("events-by-type-and-district", Map.of("type", "技能竞赛")));
    }

    @Test
    void whoAttendedEventsTheFederationOrganised() {
        List<Map<String, String>> r = rows("event-attendees", Map.of("organiser", "市总工会"));
        Set<String> parts = r.stream().map(x -> x.get("participantName") + " " + x.get("part")).collect(Collectors.toSet());
        assertTrue(parts.containsAll(Set.of("张良 带队", "朱文娇 参加", "朱文娇 会见")), parts.toString());
    }

    @Test
    void eventsOfAPerson() {
        List<Map<String, String>> r = rows("events-of-person", Map.of("person", "朱文娇"));
        Set<String> articles = column(r, "article");
        assertEquals(Set.of("https://w3id.org/unionkg/id/article/001_807a0e5f213dd034-01",
                "https://w3id.org/unionkg/id/article/002_5e55d61621466464-01",
                "https://w3id.org/unionkg/id/article/004_983e73bff6a30a31-02"), articles);
    }

    @Test
    void organisationsAndTheirUnions() {
        List<Map<String, String>> r = rows("organisations-and-unions", Map.of());
        assertEquals("北京大学人民医院工会", row(r, "employerName", "北京大学人民医院").get("unionName"));
        assertEquals("北京公交集团工会", row(r, "employerName", "北京公交集团").get("unionName"));
        assertEquals("北京市自来水集团工会", row(r, "employerName", "北京市自来水集团").get("unionName"),
                "市自来水集团工会 and 该集团工会 resolve to it");
    }

    @Test
    void placesAndWhatHappenedThere() {
        List<Map<String, String>> r = rows("places-and-events", Map.of());
        assertTrue(row(r, "place", "朝阳区工人文化宫").get("what").contains("北京市总工会赴朝阳区调研"));
        assertTrue(row(r, "place", "怀柔区图书馆").get("what").contains("五月的鲜花"));
        assertTrue(row(r, "place", "中国职工之家展览馆").get("what").contains("感受工会发展成就"));
        assertEquals(List.of(row(r, "place", "怀柔区图书馆")), rows("places-and-events", Map.of("place", "怀柔区图书馆")));
    }

    @Test
    void journalistsAndWhatTheyCovered() {
        List<Map<String, String>> r = rows("journalist-coverage", Map.of());
        Map<String, String> liu = row(r, "journalist", "刘欣欣");
        assertEquals("8", liu.get("articles"));
        assertTrue(liu.get("unions").contains("朝阳区东湖街道总工会"), liu.toString());
        assertTrue(liu.get("eventTypes").contains("技能竞赛"), liu.toString());
    }

    @Test
    void bodySearchFindsAChineseWordInsideSentences() {
        List<Map<String, String>> r = rows("body-search", Map.of("words", "义诊"));
        assertEquals(List.of("000_8c79aeed4abb6d7c-05", "000_8c79aeed4abb6d7c-07", "001_807a0e5f213dd034-06", "004_983e73bff6a30a31-06"),
                r.stream().map(x -> x.get("article").replace("https://w3id.org/unionkg/id/article/", "")).toList());
        r.forEach(x -> assertTrue(x.get("snippet").contains("义诊"), x.toString()));
        assertEquals(List.of(), rows("body-search", Map.of("words", "不存在的词")));
    }

    /**
     * The text-index form finds exactly what reading every body or headline with CONTAINS finds: words of two
     * Chinese characters or more through the bigram index, and the words the index cannot answer (one character,
     * digits, digits next to Chinese) by the fallback.
     */
    @Test
    void substringSearchesAnswerWhatAFullScanAnswers() {
        for (String words : List.of("义诊", "诊", "2025年度", "2025", "工会", "市总工会", "通武廊", "廊", "不存在的词")) {
            assertEquals(scan("schema:articleBody", words), articles(rows("body-search", Map.of("words", words))), "body: " + words);
            assertEquals(scan("schema:headline", words), articles(rows("article-by-headline", Map.of("words", words))), "headline: " + words);
        }
        assertTrue(articles(rows("body-search", Map.of("words", "诊"))).containsAll(
                articles(rows("body-search", Map.of("words", "义诊")))), "one character still finds the 义诊 articles");
        assertEquals(List.of("通州区总工会举办通武廊青年职工联谊活动"),
                rows("article-by-headline", Map.of("words", "廊")).stream().map(x -> x.get("headline")).toList());
    }

    private static List<String> articles(List<Map<String, String>> rows) {
        return rows.stream().map(x -> x.get("article")).toList();
    }

    /** The articles whose {@code predicate} contains {@code words}, by reading every value (the old form). */
    private static List<String> scan(String predicate, String words) {
        CannedQuery q = CannedQuery.parse("scan", """
                # param: words string  words
                PREFIX schema: <https://schema.org/>
                SELECT ?article { ?article a schema:NewsArticle ; %s ?v FILTER(CONTAINS(STR(?v), ?words)) } ORDER BY ?article
                """.formatted(predicate));
        List<String> out = new java.util.ArrayList<>();
        SeedQueriesTest.runner.select(q, QueryRunner.bindings(q, Map.of("words", words)))
                .forEachRemaining(b -> out.add(b.get("article").getURI()));
        return out;
    }

    @Test
    void theArticleBehindAPost() {
        List<Map<String, String>> r = rows("evidence", Map.of("person", "张良"));
        assertEquals(Set.of("https://w3id.org/unionkg/id/article/001_807a0e5f213dd034-01",
                "https://w3id.org/unionkg/id/article/004_983e73bff6a30a31-01"), column(r, "article"));
        r.forEach(x -> {
            assertEquals("北京市总工会", x.get("orgName"));
            assertTrue(x.get("sentence").contains("北京市总工会党组书记、副主席张良"), x.toString());
        });
    }
}
