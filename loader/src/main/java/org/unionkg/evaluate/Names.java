package org.unionkg.evaluate;

import java.text.Normalizer;

/** How names are compared: NFKC (full-width brackets and digits fold), no spaces, no quote marks. */
final class Names {
    private Names() {}

    static String norm(String s) {
        if (s == null) {
            return "";
        }
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC);
        return t.replaceAll("[\\s\\u3000#*“”\"「」]", "");
    }
}
