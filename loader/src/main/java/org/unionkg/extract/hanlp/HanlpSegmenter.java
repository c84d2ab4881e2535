package org.unionkg.extract.hanlp;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import org.unionkg.extract.Lexicon;
import org.unionkg.extract.Segmenter;
import org.unionkg.extract.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one place HanLP's segmenter is built: Viterbi with person, place and organisation recognition and a
 * dictionary of its own ({@link DynamicCustomDictionary}) filled from our lexicon, so no global
 * {@code CustomDictionary} is touched. Build one per process (it loads HanLP's dictionaries, about a second) and
 * pass it down. Thread-safe after construction: the dictionary is written only here, and HanLP's Viterbi segmenter
 * keeps no per-call state in the instance.
 */
public final class HanlpSegmenter implements Segmenter {
    private final Segment segment;

    /** A segmenter that knows every word of the lexicon. */
    public HanlpSegmenter(Lexicon lexicon) {
        this(lexicon.dictionaryEntries());
    }

    /** A segmenter that knows these words, each with a HanLP nature (nt, ns, nz, nnt …). */
    public HanlpSegmenter(Map<String, String> words) {
        DynamicCustomDictionary dictionary = new DynamicCustomDictionary();
        words.forEach((word, nature) -> dictionary.insert(word, nature + " 1024"));
        this.segment = HanLP.newSegment()
                .enableNameRecognize(true)
                .enablePlaceRecognize(true)
                .enableOrganizationRecognize(true)
                .enableCustomDictionary(dictionary)
                .enableOffset(true);
    }

    /** Segments line by line (HanLP's Viterbi with recognition slows down on long inputs); offsets are in the text. */
    @Override
    public List<Token> segment(String text) {
        List<Token> tokens = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int nl = text.indexOf('\n', from);
            int to = nl < 0 ? text.length() : nl;
            if (to > from) {
                for (Term t : segment.seg(text.substring(from, to))) {
                    tokens.add(new Token(t.word, t.nature == null ? "x" : t.nature.toString(), from + t.offset));
                }
            }
            if (nl >= 0) {
                tokens.add(new Token("\n", "w", nl));
            }
            from = to + 1;
        }
        return tokens;
    }
}
