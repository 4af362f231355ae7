package org.upright.program;

import java.time.DayOfWeek;
import java.util.EnumSet;
import java.util.Set;

/** The days of the week a prescription is for, stored as a bit per weekday: Monday = 1 … Sunday = 64. */
public final class Weekdays {

    /** Every day of the week. */
    public static final int ALL = 127;

    private Weekdays() {}

    public static int toBits(Set<DayOfWeek> days) {
        int bits = 0;
        for (DayOfWeek day : days) {
            bits |= 1 << (day.getValue() - 1);
        }
        return bits;
    }

    public static Set<DayOfWeek> fromBits(int bits) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            if ((bits & (1 << (day.getValue() - 1))) != 0) {
                days.add(day);
            }
        }
        return days;
    }
}
