package org.unionkg.extract.event;

/**
 * Reads the numbers news text writes: Arabic digits (also full-width) and simple Chinese numerals
 * (十, 二十, 两百, 三千五百, 一万二千, 〇/零 as place holders).
 */
final class ChineseNumbers {
    static final String CHARS = "0123456789０１２３４５６７８９零〇一二两三四五六七八九十百千万";

    private ChineseNumbers() {}

    static boolean isNumeral(char c) {
        return CHARS.indexOf(c) >= 0;
    }

    /** The value of a numeral; IllegalArgumentException when it is none. */
    static long parse(String numeral) {
        if (numeral.isEmpty()) {
            throw new IllegalArgumentException("empty numeral");
        }
        long total = 0;
        long section = 0;
        long digits = -1;
        for (int i = 0; i < numeral.length(); i++) {
            char c = numeral.charAt(i);
            int d = digit(c);
            if (d >= 0) {
                digits = (digits < 0 ? 0 : digits * 10) + d;
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10_000;
                default -> throw new IllegalArgumentException("not a numeral: " + numeral);
            };
            long n = digits < 0 ? 1 : digits;
            if (unit == 10_000) {
                total += (section + (digits < 0 ? 0 : digits)) * unit;
                if (section == 0 && digits < 0) {
                    total += unit;
                }
                section = 0;
            } else {
                section += n * unit;
            }
            digits = -1;
        }
        return total + section + Math.max(digits, 0);
    }

    private static int digit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= '０' && c <= '９') {
            return c - '０';
        }
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }
}
