package org.upright.logging;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

/** One logged walk or stretch session. Never deleted, only marked deleted. */
@Entity
@Table(name = "session_log")
class SessionLog {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "patient_id", nullable = false, updatable = false)
    private long patientId;

    @Column(name = "program_id")
    private @Nullable Long programId;

    @Column(name = "local_date", nullable = false)
    private LocalDate localDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private SessionKind kind;

    @Column(name = "walk_minutes")
    private @Nullable Integer walkMinutes;

    @Column(name = "warm_up_minutes")
    private @Nullable Integer warmUpMinutes;

    @Column(name = "discomfort_before")
    @JdbcTypeCode(SqlTypes.TINYINT)
    private @Nullable Integer discomfortBefore;

    @Column(name = "discomfort_after")
    @JdbcTypeCode(SqlTypes.TINYINT)
    private @Nullable Integer discomfortAfter;

    @Column(length = LoggingService.NOTE_MAX)
    private @Nullable String note;

    @Column(name = "context_tags", length = 200)
    private @Nullable String contextTags;

    @Column(name = "client_key", nullable = false, length = 64, updatable = false)
    private String clientKey;

    @Column(name = "logged_at", nullable = false, updatable = false)
    private Instant loggedAt;

    @Column(name = "updated_at")
    private @Nullable Instant updatedAt;

    @Column(name = "deleted_at")
    private @Nullable Instant deletedAt;

    // a list of logs loads all their exercises in one more statement, not one per log
    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @BatchSize(size = 100)
    @JoinColumn(name = "session_log_id", nullable = false, updatable = false)
    @OrderBy("id")
    private List<SessionExercise> exercises = new ArrayList<>();

    @Version
    private long version;

    protected SessionLog() {
        this.localDate = LocalDate.EPOCH;
        this.kind = SessionKind.WALK;
        this.clientKey = "";
        this.loggedAt = Instant.EPOCH;
    }

    SessionLog(long patientId, @Nullable Long programId, SessionKind kind, String clientKey, Instant loggedAt) {
        this.patientId = patientId;
        this.programId = programId;
        this.kind = kind;
        this.clientKey = clientKey;
        this.loggedAt = loggedAt;
        this.localDate = LocalDate.EPOCH;
    }

    /** Copies what the patient entered; the kind and the client key never change. */
    void apply(SessionEntry entry) {
        this.localDate = entry.date();
        this.discomfortBefore = entry.discomfortBefore();
        this.discomfortAfter = entry.discomfortAfter();
        String trimmed = entry.note() == null ? null : entry.note().strip();
        this.note = trimmed == null || trimmed.isEmpty() ? null : trimmed;
        this.contextTags = ContextTag.toColumn(entry.contextTags());
        switch (entry) {
            case WalkEntry walk -> {
                this.walkMinutes = walk.minutes();
                this.warmUpMinutes = null;
                exercises.clear();
            }
            case StretchEntry stretch -> {
                this.walkMinutes = null;
                this.warmUpMinutes = stretch.warmUpMinutes();
                applyExercises(stretch.exercises());
            }
        }
    }

    // Rows are updated in place: Hibernate inserts before it deletes, so removing and re-adding
    // the same exercise would trip the unique (session_log_id, exercise_id) key.
    private void applyExercises(List<ExerciseResult> results) {
        exercises.removeIf(e -> results.stream().noneMatch(r -> r.exerciseId() == e.getExerciseId()));
        for (ExerciseResult r : results) {
            exercises.stream()
                    .filter(e -> e.getExerciseId() == r.exerciseId())
                    .findFirst()
                    .ifPresentOrElse(
                            e -> e.update(r.outcome(), r.discomfort()),
                            () -> exercises.add(new SessionExercise(r.exerciseId(), r.outcome(), r.discomfort())));
        }
    }

    long getId() {
        if (id == null) {
            throw new IllegalStateException("session log not saved yet");
        }
        return id;
    }

    long getPatientId() {
        return patientId;
    }

    @Nullable
    Long getProgramId() {
        return programId;
    }

    LocalDate getLocalDate() {
        return localDate;
    }

    SessionKind getKind() {
        return kind;
    }

    @Nullable
    Integer getWalkMinutes() {
        return walkMinutes;
    }

    @Nullable
    Integer getWarmUpMinutes() {
        return warmUpMinutes;
    }

    @Nullable
    Integer getDiscomfortBefore() {
        return discomfortBefore;
    }

    @Nullable
    Integer getDiscomfortAfter() {
        return discomfortAfter;
    }

    @Nullable
    String getNote() {
        return note;
    }

    @Nullable
    String getContextTags() {
        return contextTags;
    }

    String getClientKey() {
        return clientKey;
    }

    Instant getLoggedAt() {
        return loggedAt;
    }

    @Nullable
    Instant getDeletedAt() {
        return deletedAt;
    }

    boolean isDeleted() {
        return deletedAt != null;
    }

    void markUpdated(Instant at) {
        this.updatedAt = at;
    }

    void markDeleted(Instant at) {
        this.deletedAt = at;
    }

    List<SessionExercise> getExercises() {
        return List.copyOf(exercises);
    }

    long getVersion() {
        return version;
    }
}
