package org.unionkg.extract.event;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The precedence choices written down in event-type-cues.tsv, each on a phrase from the seeds. */
class TypeCuesTest {
    private static final TypeCues CUES = TypeCues.load();

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            北京市人大常委会执法检查组对东城区开展工会法相关法律法规实施情况检查 | inspection
            北京市总工会赴朝阳区调研职工文化服务阵地建设和“两个覆盖”工作时强调 | survey-visit
            通州区总工会联合武清区总工会、廊坊市总工会举办通武廊青年职工交流联谊活动 | social
            朝阳区劳模工匠进校园活动走进北京陈经纶中学 | lecture
            北京市总工会与东京地下铁劳动组合代表团交流工会工作 | exchange
            玉泉营街道总工会开办花卉养护课 | lecture
            开展地震知识培训和逃生演练活动 | drill
            来广营社区卫生服务中心工会开展应急救护培训 | training
            通州区劳模先进事迹报告会暨“副中心有我”建功立业行动推进大会召开 | meeting
            到北京市劳动人民文化宫开展学习交流活动 | exchange
            北亚中医医院志愿者为新就业形态劳动者送健康 | care-service
            平谷东高村镇工会志愿者沟通会上答疑解惑 | volunteering
            职工摄影大赛 | culture-sports
            朝阳区医疗卫生机构护理专业岗位练兵技能竞赛举行 | skills-competition
            经开区“亦城工匠日”主题活动举行 | award
            北京大学人民医院工会专题学习习近平总书记重要讲话精神 | study-session
            北京市自来水集团工会干部集中“充电” | training
            北京市职工国家安全教育宣讲比赛 | culture-sports
            房山区总工会举办电力行业职工技能比武 | skills-competition
            北京市教育工会举办中小学教师教学基本功展示 | skills-competition
            社区职工书画作品展开幕 | culture-sports
            延庆区总工会召开职工服务阵地建设推进会 | meeting
            第二届“延庆工匠”命名 | award
            密云区为新就业形态劳动者服务站授牌 | award
            延庆区医院举办职工健步走 | culture-sports
            """)
    void strongestCueWins(String text, String key) {
        assertEquals(EventType.fromKey(key), CUES.typeOf(text).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"感受工会发展成就"})
    void noCueNoType(String text) {
        assertEquals(java.util.Optional.empty(), CUES.typeOf(text));
    }
}
