package org.unionkg.extract;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.unionkg.extract.FactAssertions.award;
import static org.unionkg.extract.FactAssertions.mention;
import static org.unionkg.extract.FactAssertions.org;
import static org.unionkg.extract.FactAssertions.place;
import static org.unionkg.extract.FactAssertions.post;
import static org.unionkg.extract.FactAssertions.union;

/** An article written in the seeds' style with names the rules were not written against. */
class OwnPageTest {
    private static final ArticleFacts F = SharedExtractor.facts("own_haidian-01");

    @Test
    void unions() {
        union(F, "海淀区总工会", "北京市总工会", "district");
        union(F, "海淀区学院路街道总工会", "海淀区总工会", "subdistrict");
        union(F, "海淀区清河街道总工会", "海淀区总工会", "subdistrict");
        assertEquals("海淀区清河街道总工会", mention(F, MentionType.UNION, "街道总工会").canonical());
        union(F, "北京市海淀区教育工会", "海淀区总工会", "industry");
        union(F, "北京市第二十中学工会", "北京市海淀区教育工会", "enterprise");
        union(F, "北京理工大学工会", null, "enterprise");
        assertEquals("北京理工大学", F.org("北京理工大学工会").employer());
        assertEquals("北京理工大学工会", mention(F, MentionType.UNION, "该校工会").canonical());
        place(F, "学院路街道", "subdistrict", "海淀区");
        assertNull(F.org("区域工会"), "区域工会 names no body");
    }

    @Test
    void organisations() {
        org(F, "海淀区人力资源和社会保障局", "government");
        org(F, "北京中关村软件园发展有限责任公司", "company");
        org(F, "北京市海淀医院", "hospital");
    }

    @Test
    void peopleAndPosts() {
        post(F, "王丽萍", "北京市总工会", "党组成员、副主席");
        post(F, "刘建国", "海淀区委", "常委");
        post(F, "刘建国", "海淀区人民政府", "副区长");
        post(F, "陈海涛", "北京理工大学工会", "副主席");
        post(F, "孙晓燕", "北京市海淀医院", null);
        AwardFact a = award(F, "孙晓燕", "北京大工匠", 2025);
        assertEquals("北京市总工会", a.conferredBy());
    }
}
