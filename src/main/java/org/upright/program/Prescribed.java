package org.upright.program;

/** What is prescribed on one day (W walks, S stretch sessions, minutes per walk). */
public record Prescribed(int walks, int stretchSessions, int minutesPerWalk) {

    /** W + S. */
    public int due() {
        return walks + stretchSessions;
    }

    /** W × minutes per walk. */
    public int walkMinutes() {
        return walks * minutesPerWalk;
    }
}
