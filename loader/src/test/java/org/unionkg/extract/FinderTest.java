package org.unionkg.extract;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each finder rule on a real sentence from the seed pages. */
class FinderTest {
    private static final Lexicon LEXICON = Lexicon.standard();
    private static final MentionFinder ALL = new CompositeFinder(List.of(
            new GazetteerFinder(LEXICON), new OrgPatternFinder(LEXICON), new PersonFinder(LEXICON)));

    private static List<Mention> find(String sentence) {
        return ALL.find(ArticleText.of(sentence, "", List.of(), 2025, SharedExtractor.segmenter()));
    }

    private static Set<String> texts(List<Mention> mentions, MentionType type) {
        return mentions.stream().filter(m -> m.type() == type).map(Mention::text).collect(Collectors.toSet());
    }

    private static void finds(String sentence, MentionType type, String... names) {
        List<Mention> found = find(sentence);
        for (String name : names) {
            assertTrue(texts(found, type).contains(name), () -> type + " " + name + " in " + sentence + "; found " + found);
        }
    }

    @Test
    void nameStartsAfterAStopWord() {
        finds("当天，执法检查组来到北京东方嘉诚文化产业发展有限公司进行实地调研", MentionType.ORGANIZATION, "北京东方嘉诚文化产业发展有限公司");
    }

    @Test
    void nameStartsAtTheNearestPlaceAfterAFunctionWord() {
        finds("座谈会上，朱文娇代表北京市总工会对东京地下铁劳动组合代表团表示热烈欢迎。", MentionType.UNION, "北京市总工会", "东京地下铁劳动组合");
    }

    @Test
    void oneUnionsNameNeverHoldsAnothers() {
        finds("近日，通州区总工会联合武清区总工会、廊坊市总工会举办通武廊青年职工交流联谊活动。",
                MentionType.UNION, "通州区总工会", "武清区总工会", "廊坊市总工会");
    }

    @Test
    void aPlaceThatStartsTheNameSurvivesSegmenterNoise() {
        // HanLP cuts 北京/握/奇数/据/股份有限公司: the place at the clause start still opens the name
        finds("北京握奇数据股份有限公司企业技术中心主任郭天光分享了他深耕智能卡领域", MentionType.ORGANIZATION, "北京握奇数据股份有限公司企业技术中心");
    }

    @Test
    void departmentsExtendTheName() {
        finds("此外，北京市朝阳区人民检察院第七检察部四级高级检察官、全国未成年人检察人才库成员李雨聪，结合长期致力于未成年人权益保护工作的经验",
                MentionType.ORGANIZATION, "北京市朝阳区人民检察院第七检察部");
    }

    @Test
    void bracketsInsideAName() {
        finds("近日，由北京市工业（国防）工会举办、北京长城电子装备有限责任公司承办的职工摄影大赛举行。",
                MentionType.UNION, "北京市工业（国防）工会");
        finds("近日，由北京市工业（国防）工会举办、北京长城电子装备有限责任公司承办的职工摄影大赛举行。",
                MentionType.ORGANIZATION, "北京长城电子装备有限责任公司");
    }

    @Test
    void embeddedParentBodyIsNotPartOfTheUnion() {
        List<Mention> found = find("近日，朝阳区医疗卫生健康工委来广营社区卫生服务中心工会开展地震知识培训和逃生演练活动。");
        assertTrue(texts(found, MentionType.UNION).contains("来广营社区卫生服务中心工会"), found::toString);
        assertTrue(texts(found, MentionType.ORGANIZATION).contains("朝阳区医疗卫生健康工委"), found::toString);
    }

    @Test
    void genericUnionsAndLawTitlesAreNoNames() {
        List<Mention> found = find("紧密围绕医院中心工作，推动医院工会工作，就《中华人民共和国工会法》以及园区工会、街道工会和企业工会工作情况进行汇报。");
        assertTrue(texts(found, MentionType.UNION).isEmpty(), found::toString);
    }

    @Test
    void venues() {
        finds("在798·751园区，调研组实地考察园区建设发展和工会工作情况。", MentionType.VENUE, "798·751园区");
        finds("近日，北京市药监局工会干部前往中国职工之家展览馆，参观展览。", MentionType.VENUE, "中国职工之家展览馆");
    }

    @Test
    void peopleNeedACue() {
        finds("东京地下铁劳动组合执行委员长野口实一行来京访问交流工会工作。", MentionType.PERSON, "野口实");
        finds("中国科学院大学参赛教职工周阳激动地说", MentionType.PERSON, "周阳");
        finds("北京握奇数据股份有限公司企业技术中心主任郭天光分享了他深耕智能卡领域", MentionType.PERSON, "郭天光");
        finds("祁春利老师带着孩子来参加活动", MentionType.PERSON, "祁春利");
        finds("北方导航集团工会邀请姜峰国家级技能大师工作室团队", MentionType.PERSON, "姜峰");
        finds("最终，来自崔各庄第二社区卫生服务中心的陈文静脱颖而出", MentionType.PERSON, "陈文静");
        finds("北京市总工会党组成员、副主席，一级巡视员赵丽君出席会议并讲话。", MentionType.PERSON, "赵丽君");
    }

    @Test
    void hanlpFalseNamesOnPage000AreNoPeople() throws IOException {
        Path page = Path.of(System.getProperty("basedir", "."), "..", "seeds", "000_8c79aeed4abb6d7c.txt");
        String text = Files.readString(page).replaceAll("\n\\s*\n", "\n");
        List<Mention> found = find(text);
        Set<String> people = texts(found, MentionType.PERSON);
        for (String falseName : List.of("区人社", "东城园", "京诚", "运史", "党话", "师带", "学作小", "崔各庄", "向新")) {
            assertFalse(people.contains(falseName), falseName + " is no person; people: " + people);
        }
        for (String real : List.of("刘军", "蒋文云", "姜峰", "陈文静")) {
            assertTrue(people.contains(real), real + " is a person; people: " + people);
        }
    }

    @Test
    void compositeKeepsTheLongestName() {
        List<Mention> found = find("北京市总工会党组书记、副主席张良带队赴朝阳区");
        assertEquals(List.of("北京市总工会", "张良", "朝阳区"), found.stream().map(Mention::text).toList());
    }
}
