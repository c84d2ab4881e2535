package org.unionkg.article;

/** What sort of item an article is on the page. */
public enum ArticleKind {
    /** a news report, usually opening with 本报讯 and a byline */
    NEWS,
    /** a short photo item, ending with a photo credit such as 本报记者 周美玉 摄影报道 or 任洁 摄 */
    PHOTO
}
