package org.upright.program;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/**
 * One version of a patient's plan, in force from a date. Never changed once saved: a change is a
 * new version, so history is always judged against the plan of its day.
 */
@Entity
@Immutable
@Table(name = "prescription")
public class Prescription {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "program_id", nullable = false)
    private long programId;

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "saved_at", nullable = false)
    private Instant savedAt;

    @Column(name = "saved_by", nullable = false)
    private long savedBy;

    private int phase;

    @Column(name = "walks_per_day")
    private int walksPerDay;

    @Column(name = "minutes_per_walk")
    private int minutesPerWalk;

    @Column(name = "stretch_sessions_per_day")
    private int stretchSessionsPerDay;

    @Column(name = "warm_up_minutes")
    private int warmUpMinutes;

    // a bit per weekday, Monday = 1 ... Sunday = 64
    private short weekdays;

    @Column(name = "phase_min_days")
    private int phaseMinDays;

    @Column(length = 500)
    private @Nullable String note;

    @OneToMany(cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @jakarta.persistence.JoinColumn(name = "prescription_id", nullable = false, updatable = false)
    @OrderBy("position")
    private List<PrescriptionExercise> exercises = new ArrayList<>();

    protected Prescription() {
        this.effectiveFrom = LocalDate.EPOCH;
        this.savedAt = Instant.EPOCH;
    }

    Prescription(long programId, PrescriptionDraft draft, int phase, Instant savedAt, long savedBy) {
        this.programId = programId;
        this.effectiveFrom = draft.effectiveFrom();
        this.savedAt = savedAt;
        this.savedBy = savedBy;
        this.phase = phase;
        this.walksPerDay = draft.walksPerDay();
        this.minutesPerWalk = draft.minutesPerWalk();
        this.stretchSessionsPerDay = draft.stretchSessionsPerDay();
        this.warmUpMinutes = draft.warmUpMinutes();
        this.weekdays = (short) Weekdays.toBits(draft.weekdays());
        this.phaseMinDays = draft.phaseMinDays();
        this.note = draft.note();
        int position = 0;
        for (PrescriptionDraft.Item item : draft.exercises()) {
            exercises.add(new PrescriptionExercise(
                    item.exerciseId(), ++position, item.holdSeconds(), item.reps(), item.sets()));
        }
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("prescription not saved yet");
        }
        return id;
    }

    public long getProgramId() {
        return programId;
    }

    public LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    public Instant getSavedAt() {
        return savedAt;
    }

    public long getSavedBy() {
        return savedBy;
    }

    public int getPhase() {
        return phase;
    }

    public int getWalksPerDay() {
        return walksPerDay;
    }

    public int getMinutesPerWalk() {
        return minutesPerWalk;
    }

    public int getStretchSessionsPerDay() {
        return stretchSessionsPerDay;
    }

    public int getWarmUpMinutes() {
        return warmUpMinutes;
    }

    public Set<DayOfWeek> getWeekdays() {
        return Weekdays.fromBits(weekdays);
    }

    public int getPhaseMinDays() {
        return phaseMinDays;
    }

    public @Nullable String getNote() {
        return note;
    }

    public List<PrescriptionExercise> getExercises() {
        return List.copyOf(exercises);
    }

    public PlanVersion toPlanVersion() {
        return new PlanVersion(
                effectiveFrom, savedAt, walksPerDay, minutesPerWalk, stretchSessionsPerDay, getWeekdays());
    }
}
