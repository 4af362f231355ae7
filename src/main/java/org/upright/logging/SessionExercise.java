package org.upright.logging;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** One exercise of a logged stretch session: how it went and, optionally, how it felt. */
@Entity
@Table(name = "session_exercise")
class SessionExercise {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "exercise_id", nullable = false)
    private long exerciseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ExerciseOutcome outcome;

    @JdbcTypeCode(SqlTypes.TINYINT)
    private @Nullable Integer discomfort;

    protected SessionExercise() {
        this.outcome = ExerciseOutcome.DONE;
    }

    SessionExercise(long exerciseId, ExerciseOutcome outcome, @Nullable Integer discomfort) {
        this.exerciseId = exerciseId;
        this.outcome = outcome;
        this.discomfort = discomfort;
    }

    void update(ExerciseOutcome outcome, @Nullable Integer discomfort) {
        this.outcome = outcome;
        this.discomfort = discomfort;
    }

    long getExerciseId() {
        return exerciseId;
    }

    ExerciseOutcome getOutcome() {
        return outcome;
    }

    @Nullable
    Integer getDiscomfort() {
        return discomfort;
    }
}
