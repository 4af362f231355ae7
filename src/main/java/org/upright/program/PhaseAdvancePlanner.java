package org.upright.program;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.upright.program.PhaseAdvance.Setting;

/**
 * The version that advancing a phase saves, as a three-way merge: where the next phase of the template
 * says the same as the current one, the therapist's tailoring stays; where it says otherwise, the next
 * phase wins. Weekdays are the therapist's (templates have none); the minimum days are the new phase's.
 * Exercises likewise: one the therapist added or removed stays so unless the next phase changes it;
 * a kept exercise keeps its tailored dose unless the next phase doses it differently.
 */
final class PhaseAdvancePlanner {

    private PhaseAdvancePlanner() {}

    /**
     * @param current the template's current phase (what the tailoring started from)
     * @param next the template's next phase
     * @param mine the version in force when the new phase starts
     * @param excluded exercises the patient's contraindications leave out
     */
    static PrescriptionDraft merge(
            TemplatePhase current, TemplatePhase next, Prescription mine, LocalDate from, Predicate<Long> excluded) {
        int walks =
                pick(Math.max(1, current.getWalksPerDay()), Math.max(1, next.getWalksPerDay()), mine.getWalksPerDay());
        int minutes = pick(current.getMinutesPerWalk(), next.getMinutesPerWalk(), mine.getMinutesPerWalk());
        int stretches = pick(
                current.getStretchSessionsPerDay(), next.getStretchSessionsPerDay(), mine.getStretchSessionsPerDay());
        int warmUp = pick(current.getWarmUpMinutes(), next.getWarmUpMinutes(), mine.getWarmUpMinutes());

        Map<Long, TemplateExercise> base =
                byId(current.getExercises(), te -> te.getExercise().getId());
        Map<Long, TemplateExercise> theirs =
                byId(next.getExercises(), te -> te.getExercise().getId());
        Map<Long, PrescriptionExercise> ours = byId(mine.getExercises(), PrescriptionExercise::getExerciseId);
        Set<Long> candidates = new LinkedHashSet<>(theirs.keySet());
        candidates.addAll(ours.keySet());
        List<PrescriptionDraft.Item> items = new ArrayList<>();
        for (long id : candidates) {
            boolean inBase = base.containsKey(id);
            boolean inTheirs = theirs.containsKey(id);
            boolean keep = inBase == inTheirs ? ours.containsKey(id) : inTheirs;
            if (!keep || excluded.test(id)) {
                continue;
            }
            TemplateExercise t = theirs.get(id);
            PrescriptionExercise o = ours.get(id);
            boolean sameTemplateDose = t == null || (base.containsKey(id) && sameDose(base.get(id), t));
            if (o != null && sameTemplateDose) {
                items.add(new PrescriptionDraft.Item(id, o.getHoldSeconds(), o.getReps(), o.getSets()));
            } else if (t != null) {
                items.add(new PrescriptionDraft.Item(id, t.getHoldSeconds(), t.getReps(), t.getSets()));
            }
        }
        return new PrescriptionDraft(
                mine.getId(),
                from,
                walks,
                minutes,
                stretches,
                warmUp,
                mine.getWeekdays(),
                next.getMinDays(),
                items,
                null);
    }

    /** Each value of the draft that differs from {@code before}. */
    static List<PhaseAdvance.Change> changes(
            Prescription before, int nextPhase, PrescriptionDraft after, Function<Long, String> exerciseName) {
        List<PhaseAdvance.Change> changes = new ArrayList<>();
        changes.add(new PhaseAdvance.Value(Setting.PHASE, before.getPhase(), nextPhase));
        change(changes, Setting.WALKS_PER_DAY, before.getWalksPerDay(), after.walksPerDay());
        change(changes, Setting.MINUTES_PER_WALK, before.getMinutesPerWalk(), after.minutesPerWalk());
        change(
                changes,
                Setting.STRETCH_SESSIONS_PER_DAY,
                before.getStretchSessionsPerDay(),
                after.stretchSessionsPerDay());
        change(changes, Setting.WARM_UP_MINUTES, before.getWarmUpMinutes(), after.warmUpMinutes());
        change(changes, Setting.PHASE_MIN_DAYS, before.getPhaseMinDays(), after.phaseMinDays());
        Map<Long, PrescriptionExercise> old = byId(before.getExercises(), PrescriptionExercise::getExerciseId);
        Map<Long, PrescriptionDraft.Item> now = byId(after.exercises(), PrescriptionDraft.Item::exerciseId);
        for (var e : now.entrySet()) {
            PrescriptionExercise was = old.get(e.getKey());
            Dose dose = new Dose(
                    e.getValue().holdSeconds(),
                    e.getValue().reps(),
                    e.getValue().sets());
            if (was == null) {
                changes.add(new PhaseAdvance.Added(e.getKey(), exerciseName.apply(e.getKey()), dose));
            } else {
                Dose wasDose = new Dose(was.getHoldSeconds(), was.getReps(), was.getSets());
                if (!dose.equals(wasDose)) {
                    changes.add(new PhaseAdvance.Dosed(e.getKey(), exerciseName.apply(e.getKey()), wasDose, dose));
                }
            }
        }
        for (long id : old.keySet()) {
            if (!now.containsKey(id)) {
                changes.add(new PhaseAdvance.LeftOut(id, exerciseName.apply(id)));
            }
        }
        return changes;
    }

    /** A warning when the current phase has not lasted its minimum days by the day the next one starts. */
    static PhaseAdvance.@Nullable TooSoon minimumDaysWarning(
            int phase, LocalDate phaseStartedOn, int minDays, LocalDate from) {
        long days = ChronoUnit.DAYS.between(phaseStartedOn, from);
        return days >= minDays ? null : new PhaseAdvance.TooSoon(phase, minDays, days);
    }

    private static int pick(int base, int theirs, int mine) {
        return base == theirs ? mine : theirs;
    }

    private static boolean sameDose(TemplateExercise a, TemplateExercise b) {
        return Objects.equals(a.getHoldSeconds(), b.getHoldSeconds())
                && Objects.equals(a.getReps(), b.getReps())
                && Objects.equals(a.getSets(), b.getSets());
    }

    private static void change(List<PhaseAdvance.Change> changes, Setting setting, int before, int after) {
        if (before != after) {
            changes.add(new PhaseAdvance.Value(setting, before, after));
        }
    }

    private static <T> Map<Long, T> byId(List<T> items, Function<T, Long> id) {
        Map<Long, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(id.apply(item), item));
        return map;
    }
}
