package org.unionkg.article;

/** The part a journalist played in an article, as the byline or photo credit says. */
public enum CreditRole {
    /** 记者 / 本报记者 */
    REPORTER("记者"),
    /** 通讯员 */
    CORRESPONDENT("通讯员"),
    /** 实习记者 */
    INTERN("实习记者"),
    /** 摄 / 摄影 / 摄影报道 */
    PHOTOGRAPHER("摄影");

    private final String label;

    CreditRole(String label) {
        this.label = label;
    }

    /** The Chinese word for the role. */
    public String label() {
        return label;
    }
}
