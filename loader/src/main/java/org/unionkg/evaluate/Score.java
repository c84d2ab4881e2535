package org.unionkg.evaluate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Precision, recall and F1 of an extraction against gold, per kind of thing and per relation, with the
 * false positives and false negatives behind every figure. Immutable; build it with {@link Builder}.
 */
public final class Score {

    /** What is measured: the kinds of thing and the relations, in table order. */
    public enum Measure {
        UNIONS("unions", false), ORGANIZATIONS("organizations", false), PEOPLE("people", false),
        PLACES("places", false), AWARDS("awards", false), EVENTS("events", false),
        UNION_PARENT("union parent", true), UNION_LEVEL("union level", true), POST("post", true),
        AWARD("award (with year)", true), EVENT_TYPE("event type", true), EVENT_DATE("event date", true),
        EVENT_PLACE("event place", true), EVENT_ORGANISER("event organiser", true);

        private final String label;
        private final boolean relation;

        Measure(String label, boolean relation) {
            this.label = label;
            this.relation = relation;
        }

        public String label() {
            return label;
        }

        public boolean isRelation() {
            return relation;
        }
    }

    public enum Metric { PRECISION, RECALL, F1 }

    /** One false positive (extracted, not in gold) or false negative (in gold, not extracted). */
    public record Error(Measure measure, String page, boolean falsePositive, String fact) {
        @Override
        public String toString() {
            return (falsePositive ? "FP " : "FN ") + measure.label() + " [" + page + "] " + fact;
        }
    }

    private final Map<Measure, Counts> counts;
    private final List<Error> errors;

    private Score(Map<Measure, Counts> counts, List<Error> errors) {
        this.counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
        this.errors = List.copyOf(errors);
    }

    public Counts counts(Measure m) {
        Counts c = counts.get(m);
        if (c == null) {
            throw new NoSuchElementException(m.name());
        }
        return c;
    }

    /** One figure, e.g. {@code figure(Measure.UNIONS, Metric.RECALL)}. */
    public double figure(Measure m, Metric metric) {
        Counts c = counts(m);
        return switch (metric) {
            case PRECISION -> c.precision();
            case RECALL -> c.recall();
            case F1 -> c.f1();
        };
    }

    /** Every false positive and false negative, in measure order then page order. */
    public List<Error> errors() {
        return errors;
    }

    public List<Error> errors(Measure m) {
        return errors.stream().filter(e -> e.measure() == m).toList();
    }

    /** A fixed-width table: one row per measure with gold and extracted counts, TP/FP/FN, P, R and F1. */
    public String toTable() {
        StringBuilder out = new StringBuilder();
        String head = String.format(Locale.ROOT, "%-20s %5s %5s %5s %5s %5s %7s %7s %7s%n",
                "measure", "gold", "pred", "tp", "fp", "fn", "P", "R", "F1");
        out.append(head);
        out.append("-".repeat(head.length() - 1)).append('\n');
        boolean relations = false;
        for (Measure m : Measure.values()) {
            if (m.isRelation() && !relations) {
                out.append('\n');
                relations = true;
            }
            Counts c = counts(m);
            out.append(String.format(Locale.ROOT, "%-20s %5d %5d %5d %5d %5d %7.3f %7.3f %7.3f%n",
                    m.label(), c.gold(), c.predicted(), c.tp(), c.fp(), c.fn(),
                    c.precision(), c.recall(), c.f1()));
        }
        return out.toString();
    }

    /** The errors one a line, grouped by measure: what to read when a figure is low. */
    public String errorListing() {
        StringBuilder out = new StringBuilder();
        Measure last = null;
        for (Error e : errors) {
            if (e.measure() != last) {
                out.append("== ").append(e.measure().label()).append('\n');
                last = e.measure();
            }
            out.append("  ").append(e).append('\n');
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return toTable();
    }

    /** Collects counts and errors page by page; counts of the same measure add up (micro-averaging). */
    public static final class Builder {
        private final Map<Measure, Counts> counts = new LinkedHashMap<>();
        private final List<Error> errors = new ArrayList<>();

        public Builder() {
            for (Measure m : Measure.values()) {
                counts.put(m, new Counts(0, 0, 0));
            }
        }

        public Builder add(Measure m, Counts c) {
            counts.merge(m, c, Counts::plus);
            return this;
        }

        public Builder error(Error e) {
            errors.add(e);
            return this;
        }

        public Score build() {
            List<Error> sorted = new ArrayList<>(errors);
            sorted.sort((a, b) -> a.measure() != b.measure() ? a.measure().compareTo(b.measure())
                    : a.page().compareTo(b.page()));
            return new Score(counts, sorted);
        }
    }
}
