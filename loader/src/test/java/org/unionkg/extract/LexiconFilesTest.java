package org.unionkg.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every lexicon file parses, has non-empty unique keys in NFC, and no ASCII punctuation where Chinese text is. */
class LexiconFilesTest {

    static List<String> files() {
        return Lexicon.files();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void wellFormed(String file) {
        LexiconTable table = LexiconTable.resource(file);
        assertFalse(table.rows().isEmpty(), file + " has no rows");
        Set<String> keys = new HashSet<>();
        for (List<String> row : table.rows()) {
            String key = row.get(0);
            assertFalse(key.isBlank(), file + ": empty key in " + row);
            assertTrue(keys.add(key), file + ": duplicate key " + key);
            for (String cell : row) {
                assertEquals(Normalizer.normalize(cell, Normalizer.Form.NFC), cell, file + ": not NFC: " + cell);
                assertFalse(cell.matches(".*[\\p{IsHan}][,;:()].*|.*[,;:()][\\p{IsHan}].*"),
                        file + ": ASCII punctuation next to Chinese in " + cell);
            }
        }
    }

    @Test
    void lexiconReadsDistrictsSubdistrictsAndTitles() {
        Lexicon lexicon = Lexicon.standard();
        assertEquals("北京经济技术开发区", lexicon.district("经开区").orElseThrow());
        assertEquals("朝阳区", lexicon.district("朝阳").orElseThrow());
        assertEquals("平谷区", lexicon.districtOfSubdistrict("东高村镇").orElseThrow());
        assertEquals("常营地区", lexicon.subdistrictByShortForm("常营").orElseThrow());
        assertEquals("district-government", lexicon.title("区长").orElseThrow().seat());
        assertFalse(lexicon.title("老师").orElseThrow().beforeName());
        assertTrue(lexicon.honour("北京市模范集体").orElseThrow().collective());
        assertEquals(2, lexicon.surnameLength("欧阳娜"));
    }
}
