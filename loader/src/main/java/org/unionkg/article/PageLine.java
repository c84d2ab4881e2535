package org.unionkg.article;

/**
 * One non-blank line of a page with its Markdown marks and surrounding white space removed.
 *
 * @param text         the clean text
 * @param start        offset of its first clean character in the page text
 * @param end          offset just after its last clean character in the page text
 * @param headingLevel the number of {@code #} marks it had (0 when none): a hint of rank among title lines
 */
record PageLine(String text, int start, int end, int headingLevel) {
}
