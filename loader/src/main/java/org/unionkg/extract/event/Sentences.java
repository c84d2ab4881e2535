package org.unionkg.extract.event;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an article body into paragraphs (at {@code \n}) and sentences (after 。！？, keeping a closing quote
 * with its sentence), with offsets into the body.
 */
final class Sentences {
    private static final String ENDS = "。！？!?";
    private static final String CLOSERS = "”’」』)）";

    private Sentences() {}

    static List<TextSpan> paragraphs(String body) {
        List<TextSpan> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= body.length(); i++) {
            if (i == body.length() || body.charAt(i) == '\n') {
                add(body, start, i, out);
                start = i + 1;
            }
        }
        return out;
    }

    static List<TextSpan> sentences(String body, TextSpan paragraph) {
        List<TextSpan> out = new ArrayList<>();
        int start = paragraph.start();
        for (int i = paragraph.start(); i < paragraph.end(); i++) {
            if (ENDS.indexOf(body.charAt(i)) >= 0) {
                int end = i + 1;
                while (end < paragraph.end() && CLOSERS.indexOf(body.charAt(end)) >= 0) {
                    end++;
                }
                add(body, start, end, out);
                start = end;
                i = end - 1;
            }
        }
        add(body, start, paragraph.end(), out);
        return out;
    }

    /** Clauses ending at 。；！？ (commas do not end a clause): the reach of a participant list. */
    static List<TextSpan> clauses(String body, TextSpan sentence) {
        List<TextSpan> out = new ArrayList<>();
        int start = sentence.start();
        for (int i = sentence.start(); i < sentence.end(); i++) {
            char c = body.charAt(i);
            if (c == '；' || c == ';') {
                add(body, start, i + 1, out);
                start = i + 1;
            }
        }
        add(body, start, sentence.end(), out);
        return out;
    }

    private static void add(String body, int start, int end, List<TextSpan> out) {
        while (start < end && Character.isWhitespace(body.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(body.charAt(end - 1))) {
            end--;
        }
        if (end > start) {
            out.add(new TextSpan(start, end, body.substring(start, end)));
        }
    }
}
