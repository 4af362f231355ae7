package org.upright.program;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "template_exercise")
public class TemplateExercise {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "phase_id")
    private TemplatePhase phase;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "exercise_id")
    private Exercise exercise;

    private int position;

    @Column(name = "hold_seconds")
    private @Nullable Integer holdSeconds;

    private @Nullable Integer reps;

    private @Nullable Integer sets;

    protected TemplateExercise() {
        this.phase = new TemplatePhase();
        this.exercise = new Exercise();
    }

    TemplateExercise(TemplatePhase phase, Exercise exercise, int position) {
        this.phase = phase;
        this.exercise = exercise;
        this.position = position;
        this.holdSeconds = exercise.getDefaultHoldSeconds();
        this.reps = exercise.getDefaultReps();
        this.sets = exercise.getDefaultSets();
    }

    TemplateExercise(
            TemplatePhase phase,
            Exercise exercise,
            int position,
            @Nullable Integer holdSeconds,
            @Nullable Integer reps,
            @Nullable Integer sets) {
        this.phase = phase;
        this.exercise = exercise;
        this.position = position;
        this.holdSeconds = holdSeconds;
        this.reps = reps;
        this.sets = sets;
    }

    void update(int position, @Nullable Integer holdSeconds, @Nullable Integer reps, @Nullable Integer sets) {
        this.position = position;
        this.holdSeconds = holdSeconds;
        this.reps = reps;
        this.sets = sets;
    }

    public Exercise getExercise() {
        return exercise;
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
