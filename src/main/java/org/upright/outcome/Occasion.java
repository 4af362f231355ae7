package org.upright.outcome;

import org.jspecify.annotations.Nullable;

/**
 * Why a questionnaire is asked: at the start of a program, every few weeks ({@code week} = weeks since
 * the start), at its end, or because the therapist asked ({@code requestId}). Its {@link #key()} is
 * stored with the response and is unique per patient and questionnaire, so an occasion is answered once.
 */
public record Occasion(
        Kind kind,
        @Nullable Long programId,
        int week,
        @Nullable Long requestId) {

    public enum Kind {
        START,
        PERIODIC,
        END,
        REQUEST
    }

    public static Occasion start(long programId) {
        return new Occasion(Kind.START, programId, 0, null);
    }

    public static Occasion periodic(long programId, int week) {
        return new Occasion(Kind.PERIODIC, programId, week, null);
    }

    public static Occasion end(long programId) {
        return new Occasion(Kind.END, programId, 0, null);
    }

    public static Occasion request(long requestId, @Nullable Long programId) {
        return new Occasion(Kind.REQUEST, programId, 0, requestId);
    }

    /** {@code P12-START}, {@code P12-W4}, {@code P12-END}, {@code R7}. */
    public String key() {
        return switch (kind) {
            case START -> "P" + programId + "-START";
            case PERIODIC -> "P" + programId + "-W" + week;
            case END -> "P" + programId + "-END";
            case REQUEST -> "R" + requestId;
        };
    }

    /** The occasion a stored key names, with the response's program. */
    public static Occasion parse(String key, @Nullable Long programId) {
        if (key.startsWith("R")) {
            return request(Long.parseLong(key.substring(1)), programId);
        }
        int dash = key.indexOf('-');
        long program = Long.parseLong(key.substring(1, dash));
        String rest = key.substring(dash + 1);
        return switch (rest) {
            case "START" -> start(program);
            case "END" -> end(program);
            default -> periodic(program, Integer.parseInt(rest.substring(1)));
        };
    }
}
