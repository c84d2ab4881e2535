package org.unionkg.extract.event;

/** A stretch of an article body: its offsets and its text. */
record TextSpan(int start, int end, String text) {

    boolean contains(int offset) {
        return offset >= start && offset < end;
    }

    boolean covers(int from, int to) {
        return from >= start && to <= end;
    }
}
