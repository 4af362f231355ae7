package org.upright.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

@Entity
@Immutable
@Table(name = "prescription_exercise")
public class PrescriptionExercise {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "exercise_id", nullable = false)
    private long exerciseId;

    private int position;

    @Column(name = "hold_seconds")
    private @Nullable Integer holdSeconds;

    private @Nullable Integer reps;

    private @Nullable Integer sets;

    protected PrescriptionExercise() {}

    PrescriptionExercise(
            long exerciseId,
            int position,
            @Nullable Integer holdSeconds,
            @Nullable Integer reps,
            @Nullable Integer sets) {
        this.exerciseId = exerciseId;
        this.position = position;
        this.holdSeconds = holdSeconds;
        this.reps = reps;
        this.sets = sets;
    }

    public long getExerciseId() {
        return exerciseId;
    }

    public int getPosition() {
        return position;
    }

    public @Nullable Integer getHoldSeconds() {
        return holdSeconds;
    }

    public @Nullable Integer getReps() {
        return reps;
    }

    public @Nullable Integer getSets() {
        return sets;
    }
}
