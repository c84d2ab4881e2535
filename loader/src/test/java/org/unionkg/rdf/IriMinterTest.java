package org.unionkg.rdf;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IriMinterTest {

    @Test
    void chineseNamesBecomePinyinSlugs() {
        assertEquals("https://w3id.org/unionkg/id/org/bei-jing-shi-zong-gong-hui", IriMinter.mint("org", "北京市总工会"));
        assertEquals("https://w3id.org/unionkg/id/person/zhang-liang", IriMinter.mint("person", "张良"));
    }

    @Test
    void placeNamesReadAsPlaceNames() {
        // HanLP reads 朝阳 as zhao-yang (morning sun); the district is Chaoyang
        assertEquals("chao-yang-qu-zong-gong-hui", IriMinter.slug("朝阳区总工会"));
        assertEquals("chao-yang-gong-jiang", IriMinter.slug("朝阳工匠"));
    }

    @Test
    void asciiRunsStayWholeAndPunctuationGoes() {
        assertEquals("fesco-wai-qi-gong-hui-lian-he-hui", IriMinter.slug("FESCO外企工会联合会"));
        assertEquals("bei-jing-shi-gong-ye-guo-fang-gong-hui", IriMinter.slug("北京市工业（国防）工会"));
        // full-width and half-width brackets give the same IRI
        assertEquals(IriMinter.slug("北京市工业（国防）工会"), IriMinter.slug("北京市工业(国防)工会"));
        assertEquals("798-751-yuan-qu", IriMinter.slug("798·751园区"));
    }

    @Test
    void slugsAreAsciiAndStable() {
        String s = IriMinter.slug("朝阳区东湖街道总工会");
        assertTrue(s.matches("[a-z0-9-]+"), s);
        assertEquals(s, IriMinter.slug("朝阳区东湖街道总工会"));
    }

    @Test
    void veryLongNamesAreCutAndHashed() {
        String name = "北京商务中心区国际发展集团有限公司工程建设分公司第一项目部第二施工队第三班组职工创新工作室";
        String s = IriMinter.slug(name);
        assertTrue(s.length() <= 90, s);
        assertNotEquals(s, IriMinter.slug(name + "二"));
    }

    @Test
    void tieBreakerKeepsHomophonesApart() {
        assertEquals(IriMinter.slug("张良"), IriMinter.slug("章良"));
        assertNotEquals(IriMinter.mint("person", "张良", "北京市总工会"), IriMinter.mint("person", "章良", "北京市总工会"));
        assertNotEquals(IriMinter.mint("person", "王伟", "北京公交集团"), IriMinter.mint("person", "王伟", "北京大学人民医院"));
    }

    @Test
    void rawIdsMustBeAscii() {
        assertEquals("https://w3id.org/unionkg/id/article/000_x-01", IriMinter.raw("article", "000_x-01"));
        assertThrows(IllegalArgumentException.class, () -> IriMinter.raw("article", "页面"));
    }
}
