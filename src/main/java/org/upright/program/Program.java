package org.upright.program;

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
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A patient's assignment of a template: its dates, status, phase, pauses. */
@Entity
@Table(name = "program")
public class Program {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(name = "patient_id", nullable = false)
    private long patientId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "template_id")
    private ProgramTemplate template;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private @Nullable LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ProgramStatus status;

    @Column(name = "current_phase")
    private int currentPhase;

    @Column(name = "phase_started_on", nullable = false)
    private LocalDate phaseStartedOn;

    // equals patient_id while not ended: the unique key allows one live program per patient
    @Column(name = "live_patient_id")
    private @Nullable Long livePatientId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "program", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("fromDate")
    private List<ProgramPause> pauses = new ArrayList<>();

    @Version
    private long version;

    protected Program() {
        this.template = new ProgramTemplate();
        this.startDate = LocalDate.EPOCH;
        this.status = ProgramStatus.ACTIVE;
        this.phaseStartedOn = LocalDate.EPOCH;
        this.createdAt = Instant.EPOCH;
    }

    Program(long patientId, ProgramTemplate template, LocalDate startDate, Instant createdAt) {
        this.patientId = patientId;
        this.template = template;
        this.startDate = startDate;
        this.status = ProgramStatus.ACTIVE;
        this.currentPhase = 1;
        this.phaseStartedOn = startDate;
        this.livePatientId = patientId;
        this.createdAt = createdAt;
    }

    public long getId() {
        if (id == null) {
            throw new IllegalStateException("program not saved yet");
        }
        return id;
    }

    public long getPatientId() {
        return patientId;
    }

    public ProgramTemplate getTemplate() {
        return template;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public @Nullable LocalDate getEndDate() {
        return endDate;
    }

    public ProgramStatus getStatus() {
        return status;
    }

    public int getCurrentPhase() {
        return currentPhase;
    }

    public LocalDate getPhaseStartedOn() {
        return phaseStartedOn;
    }

    public List<ProgramPause> getPauses() {
        return List.copyOf(pauses);
    }

    public Optional<ProgramPause> openPause() {
        return pauses.stream().filter(p -> p.getToDate() == null).findFirst();
    }

    public long getVersion() {
        return version;
    }

    void moveToPhase(int phase, LocalDate from) {
        this.currentPhase = phase;
        this.phaseStartedOn = from;
    }

    void pause(LocalDate from, @Nullable String reason) {
        pauses.add(new ProgramPause(this, from, reason));
        this.status = ProgramStatus.PAUSED;
    }

    void resume(LocalDate on) {
        openPause().orElseThrow().resume(on);
        this.status = ProgramStatus.ACTIVE;
    }

    void end(LocalDate on) {
        openPause().ifPresent(p -> p.resume(on));
        this.endDate = on;
        this.status = ProgramStatus.ENDED;
        this.livePatientId = null;
    }
}
