package org.allianceatlas.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * An ISO 8601 calendar date of year, year-month or year-month-day precision ({@code 2019}, {@code 2019-01},
 * {@code 2019-01-22}). Month and day are {@code 0} when absent.
 *
 * <p>Ordering compares the earliest day each date may denote, then the precision (less precise first).
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {

    private static final Pattern SYNTAX = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day != 0) {
            if (month == 0) {
                throw new IllegalArgumentException("a day needs a month");
            }
            try {
                LocalDate.of(year, month, day);
            } catch (DateTimeException e) {
                throw new IllegalArgumentException(
                        "no such day: " + String.format("%04d-%02d-%02d", year, month, day), e);
            }
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(year, 0, 0);
    }

    public static PartialDate of(int year, int month, int day) {
        return new PartialDate(year, month, day);
    }

    /**
     * Parses {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
     *
     * @throws IllegalArgumentException with a message saying what is wrong (syntax, or an impossible date such as
     *                                  {@code 2021-02-30})
     */
    public static PartialDate parse(String text) {
        var m = SYNTAX.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a date: write YYYY, YYYY-MM or YYYY-MM-DD");
        }
        int y = Integer.parseInt(m.group(1));
        int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        int d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
        return new PartialDate(y, mo, d);
    }

    /** The earliest day this date may denote: {@code 2019} → 2019-01-01. */
    public LocalDate firstDay() {
        return LocalDate.of(year, month == 0 ? 1 : month, day == 0 ? 1 : day);
    }

    public boolean hasMonth() {
        return month != 0;
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = firstDay().compareTo(o.firstDay());
        if (c != 0) {
            return c;
        }
        return Integer.compare(precision(), o.precision());
    }

    private int precision() {
        return day != 0 ? 2 : month != 0 ? 1 : 0;
    }

    @Override
    public String toString() {
        if (month == 0) {
            return String.format("%04d", year);
        }
        if (day == 0) {
            return String.format("%04d-%02d", year, month);
        }
        return String.format("%04d-%02d-%02d", year, month, day);
    }
}
