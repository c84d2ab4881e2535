package org.unionkg.extract;

/**
 * A word from the segmenter.
 *
 * @param word   the word as written
 * @param nature part-of-speech tag in HanLP's tag set (n, ns, nr, nt, v, p, w …)
 * @param start  offset of its first character in the text segmented
 */
public record Token(String word, String nature, int start) {
    public int end() {
        return start + word.length();
    }

    /** A verb proper (v, vi, vf, vl …), not a verbal noun (vn) or a verb used as an adverb (vd: 联合 in 北京联合大学). */
    public boolean isVerb() {
        return nature.startsWith("v") && !nature.equals("vn") && !nature.equals("vd");
    }

    /** Function words: prepositions, conjunctions, particles, pronouns, adverbs. */
    public boolean isFunctionWord() {
        return nature.startsWith("p") || nature.startsWith("c") || nature.startsWith("u") || nature.startsWith("r")
                || nature.startsWith("d") || nature.startsWith("e") || nature.startsWith("y") || nature.equals("ad");
    }

    /**
     * A place, proper noun, foreign word or abbreviation by its tag (ns, nz, nx, j) or in ASCII (FESCO, 798).
     * HanLP's organisation and person tags (nt, nr) are left out: on news text they are too often wrong
     * (交流工会/nt, 崔各庄/nr) to vouch for a name.
     */
    public boolean isProper() {
        return nature.startsWith("ns") || nature.startsWith("nz") || nature.startsWith("nx") || nature.startsWith("j")
                || word.chars().allMatch(c -> c < 128 && Character.isLetter(c));
    }

    /** A person name by its tag (nr, nrf, nrj). */
    public boolean isPersonName() {
        return nature.startsWith("nr");
    }
}
