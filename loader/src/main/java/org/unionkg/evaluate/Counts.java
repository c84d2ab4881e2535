package org.unionkg.evaluate;

/**
 * True positives, false positives and false negatives of one kind of thing or one relation.
 * With nothing predicted and nothing expected every figure is 1; with nothing predicted but something
 * expected precision is 0, so an extraction that says nothing never looks precise.
 */
public record Counts(int tp, int fp, int fn) {
    public Counts {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("negative count");
        }
    }

    public Counts plus(Counts o) {
        return new Counts(tp + o.tp, fp + o.fp, fn + o.fn);
    }

    public double precision() {
        return tp + fp == 0 ? (fn == 0 ? 1.0 : 0.0) : (double) tp / (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** The number of things gold expects. */
    public int gold() {
        return tp + fn;
    }

    /** The number of things the extraction produced. */
    public int predicted() {
        return tp + fp;
    }
}
