package org.unionkg.extract;

import java.util.List;

/** Cuts Chinese text into tagged words. Implementations say whether they are thread-safe. */
public interface Segmenter {
    /** The words of the text in order, with offsets into it. */
    List<Token> segment(String text);
}
