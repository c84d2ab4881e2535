package org.unionkg.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The word index answers as a scan of its words would: every word at an offset, longest first, list order on a tie. */
class WordIndexTest {
    private final WordIndex places = new WordIndex(List.of("朝阳", "朝阳区", "朝阳区总工会", "丰台", "丰台区", "北京", "北新", "a"));
    private final String text = "北京市朝阳区总工会和丰台区的北新桥";

    @Test
    void everyWordAtAnOffsetLongestFirst() {
        assertEquals(List.of("朝阳区总工会", "朝阳区", "朝阳"), places.at(text, 3));
        assertEquals(List.of("丰台区", "丰台"), places.at(text, 10));
        assertEquals(List.of("北京"), places.at(text, 0));
        assertEquals(List.of("北新"), places.at(text, 14));
    }

    @Test
    void noWordWhereNoneStartsOrOutsideTheText() {
        assertEquals(List.of(), places.at(text, 2)); // 市
        assertEquals(List.of(), places.at(text, -1));
        assertEquals(List.of(), places.at(text, text.length()));
        assertEquals(List.of(), places.at("北", 0)); // 北京 and 北新 run past the end
        assertEquals(List.of("a"), places.at("xa", 1)); // an ASCII first character
    }

    @Test
    void longestAtIsTheFirstOfAt() {
        for (int i = -1; i <= text.length(); i++) {
            List<String> all = places.at(text, i);
            assertEquals(all.isEmpty() ? null : all.get(0), places.longestAt(text, i), "offset " + i);
        }
        assertNull(places.longestAt(text, 2));
    }

    @Test
    void wordsOfOneLengthKeepTheirOrder() {
        WordIndex tie = new WordIndex(List.of("北京", "北新", "北京市"));
        assertEquals(List.of("北京市", "北京"), tie.at("北京市", 0));
        assertEquals("北新", tie.longestAt("北新桥", 0));
    }

    @Test
    void aWordGivenTwiceIsAnsweredTwice() {
        WordIndex twice = new WordIndex(List.of("北京", "北京市", "北京"));
        assertEquals(List.of("北京市", "北京", "北京"), twice.at("北京市", 0));
        assertEquals("北京市", twice.longestAt("北京市", 0));
    }

    @Test
    void aWordInsideALongerOneIsFoundWhenTheLongerIsNot() {
        WordIndex nested = new WordIndex(List.of("朝阳区总工会", "朝阳"));
        assertEquals(List.of("朝阳"), nested.at("朝阳区总", 0)); // the longer runs past the text
        assertEquals("朝阳", nested.longestAt("朝阳区总", 0));
        assertEquals(List.of(), nested.at("朝", 0));
        assertNull(nested.longestAt("朝", 0));
    }
}
