package org.upright.export;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.upright.program.Weekdays;

/** Everything an export holds about one patient, read straight from the tables. */
record PatientRecord(
        long id,
        String givenName,
        String familyName,
        String email,
        @Nullable LocalDate birthDate,
        String timeZone,
        Set<String> contraindications,
        @Nullable String notes,
        Instant createdAt,
        LocalDate today,
        List<Version> versions,
        List<Session> sessions) {

    /** One prescription version with the program it belongs to. */
    record Version(
            long id,
            long programId,
            String programName,
            String programStatus,
            LocalDate programStart,
            @Nullable LocalDate programEnd,
            LocalDate effectiveFrom,
            Instant savedAt,
            int phase,
            @Nullable String phaseName,
            int walksPerDay,
            int minutesPerWalk,
            int stretchSessionsPerDay,
            int warmUpMinutes,
            int weekdayBits,
            @Nullable String note,
            List<Item> exercises,
            boolean withdrawn) {

        Set<DayOfWeek> weekdays() {
            return Weekdays.fromBits(weekdayBits);
        }

        boolean live() {
            return !"ENDED".equals(programStatus);
        }
    }

    record Item(
            String code,
            String name,
            String kind,
            String instructions,
            @Nullable String cautions,
            @Nullable Integer holdSeconds,
            @Nullable Integer reps,
            @Nullable Integer sets) {

        String dose() {
            List<String> parts = new ArrayList<>();
            if (sets != null && sets > 1) {
                parts.add(sets + " sets");
            }
            if (reps != null) {
                parts.add(reps + (reps == 1 ? " time" : " times"));
            }
            if (holdSeconds != null) {
                parts.add("hold " + holdSeconds + " s");
            }
            return parts.isEmpty() ? "as shown" : String.join(", ", parts);
        }
    }

    record Session(
            long id,
            LocalDate day,
            String kind,
            @Nullable Integer walkMinutes,
            @Nullable Integer warmUpMinutes,
            @Nullable Integer discomfortBefore,
            @Nullable Integer discomfortAfter,
            @Nullable String note,
            @Nullable String contextTags,
            Instant loggedAt,
            List<SessionItem> exercises) {}

    record SessionItem(
            String name, String outcome, @Nullable Integer discomfort) {}

    String fullName() {
        return givenName + " " + familyName;
    }

    /** The version in force today in the live program, or else the next one to come; none without a live program. */
    @Nullable
    Version inForce() {
        Version inForce = null;
        Version next = null;
        for (Version v : versions) {
            if (!v.live() || v.withdrawn()) {
                continue;
            }
            if (!v.effectiveFrom().isAfter(today)) {
                if (inForce == null
                        || v.effectiveFrom().isAfter(inForce.effectiveFrom())
                        || (v.effectiveFrom().equals(inForce.effectiveFrom())
                                && v.savedAt().isAfter(inForce.savedAt()))) {
                    inForce = v;
                }
            } else if (next == null || v.effectiveFrom().isBefore(next.effectiveFrom())) {
                next = v;
            }
        }
        return inForce != null ? inForce : next;
    }
}
