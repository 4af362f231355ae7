package org.upright.program;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One exercise of the library: built in, or added by the clinic. */
@Entity
@Table(name = "exercise")
public class Exercise {

    public static final int NAME_MAX = 120;
    public static final int INSTRUCTIONS_MAX = 4000;
    public static final int CAUTIONS_MAX = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = 40)
    private String code;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ExerciseKind kind;

    @Column(nullable = false, length = INSTRUCTIONS_MAX)
    private String instructions;

    @Column(length = CAUTIONS_MAX)
    private @Nullable String cautions;

    @Column(name = "default_hold_seconds")
    private @Nullable Integer defaultHoldSeconds;

    @Column(name = "default_reps")
    private @Nullable Integer defaultReps;

    @Column(name = "default_sets")
    private @Nullable Integer defaultSets;

    @Column(name = "default_minutes")
    private @Nullable Integer defaultMinutes;

    @Column(length = 40)
    private @Nullable String icon;

    @Column(name = "built_in")
    private boolean builtIn;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "exercise_contraindication", joinColumns = @JoinColumn(name = "exercise_id"))
    @Column(name = "code", length = 40)
    private Set<String> contraindications = new HashSet<>();

    @Version
    private long version;

    protected Exercise() {
        this.code = "";
        this.name = "";
        this.kind = ExerciseKind.STRETCH;
        this.instructions = "";
    }

    Exercise(String code, String name, ExerciseKind kind, String instructions) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.instructions = instructions;
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("exercise not saved yet");
        }
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    void setName(String name) {
        this.name = name;
    }

    public ExerciseKind getKind() {
        return kind;
    }

    void setKind(ExerciseKind kind) {
        this.kind = kind;
    }

    public String getInstructions() {
        return instructions;
    }

    void setInstructions(String instructions) {
        this.instructions = instructions;
    }

    public @Nullable String getCautions() {
        return cautions;
    }

    void setCautions(@Nullable String cautions) {
        this.cautions = cautions;
    }

    public @Nullable Integer getDefaultHoldSeconds() {
        return defaultHoldSeconds;
    }

    void setDefaultHoldSeconds(@Nullable Integer defaultHoldSeconds) {
        this.defaultHoldSeconds = defaultHoldSeconds;
    }

    public @Nullable Integer getDefaultReps() {
        return defaultReps;
    }

    void setDefaultReps(@Nullable Integer defaultReps) {
        this.defaultReps = defaultReps;
    }

    public @Nullable Integer getDefaultSets() {
        return defaultSets;
    }

    void setDefaultSets(@Nullable Integer defaultSets) {
        this.defaultSets = defaultSets;
    }

    public @Nullable Integer getDefaultMinutes() {
        return defaultMinutes;
    }

    void setDefaultMinutes(@Nullable Integer defaultMinutes) {
        this.defaultMinutes = defaultMinutes;
    }

    public @Nullable String getIcon() {
        return icon;
    }

    void setIcon(@Nullable String icon) {
        this.icon = icon;
    }

    public boolean isBuiltIn() {
        return builtIn;
    }

    public Set<String> getContraindications() {
        return Set.copyOf(contraindications);
    }

    void setContraindications(Set<String> codes) {
        contraindications.clear();
        contraindications.addAll(codes);
    }

    public long getVersion() {
        return version;
    }
}
