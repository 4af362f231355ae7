package org.upright.program;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "template_phase")
public class TemplatePhase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "template_id")
    private ProgramTemplate template;

    @Column(name = "phase_number")
    private int phaseNumber;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 2000)
    private @Nullable String description;

    @Column(name = "min_days")
    private int minDays;

    @Column(name = "walks_per_day")
    private int walksPerDay;

    @Column(name = "minutes_per_walk")
    private int minutesPerWalk;

    @Column(name = "stretch_sessions_per_day")
    private int stretchSessionsPerDay;

    @Column(name = "warm_up_minutes")
    private int warmUpMinutes;

    @OneToMany(mappedBy = "phase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<TemplateExercise> exercises = new ArrayList<>();

    protected TemplatePhase() {
        this.template = new ProgramTemplate();
        this.name = "";
    }

    TemplatePhase(
            ProgramTemplate template,
            int phaseNumber,
            String name,
            int minDays,
            int walksPerDay,
            int minutesPerWalk,
            int stretchSessionsPerDay,
            int warmUpMinutes) {
        this.template = template;
        this.phaseNumber = phaseNumber;
        this.name = name;
        this.minDays = minDays;
        this.walksPerDay = walksPerDay;
        this.minutesPerWalk = minutesPerWalk;
        this.stretchSessionsPerDay = stretchSessionsPerDay;
        this.warmUpMinutes = warmUpMinutes;
    }

    void setDescription(@Nullable String description) {
        this.description = description;
    }

    public int getPhaseNumber() {
        return phaseNumber;
    }

    public String getName() {
        return name;
    }

    public @Nullable String getDescription() {
        return description;
    }

    public int getMinDays() {
        return minDays;
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

    public List<TemplateExercise> getExercises() {
        return exercises;
    }
}
