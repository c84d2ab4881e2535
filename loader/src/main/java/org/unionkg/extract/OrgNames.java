package org.unionkg.extract;

/**
 * Canonical forms of organisation names: one spelling per body, so that the same body gets one IRI.
 * Brackets are full-width (北京市工业（国防）工会); a leading 市 is Beijing (市自来水集团 → 北京市自来水集团);
 * …集团公司 is the group itself (北京公交集团公司 → 北京公交集团). Pure functions.
 */
public final class OrgNames {
    private OrgNames() {}

    public static String canonical(String written) {
        String name = written.replace('(', '（').replace(')', '）').strip();
        if (name.startsWith("市") && !name.startsWith("市场") && name.length() >= 3) {
            name = "北京" + name;
        }
        if (name.endsWith("集团公司")) {
            name = name.substring(0, name.length() - 2);
        }
        return name;
    }
}
