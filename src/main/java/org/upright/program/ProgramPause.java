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
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** From the day it began (not prescribed) to the day it was resumed (prescribed again). */
@Entity
@Table(name = "program_pause")
public class ProgramPause {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "program_id")
    private Program program;

    @Column(name = "from_date", nullable = false)
    private LocalDate fromDate;

    @Column(name = "to_date")
    private @Nullable LocalDate toDate;

    @Column(length = 200)
    private @Nullable String reason;

    protected ProgramPause() {
        this.program = new Program();
        this.fromDate = LocalDate.EPOCH;
    }

    ProgramPause(Program program, LocalDate fromDate, @Nullable String reason) {
        this.program = program;
        this.fromDate = fromDate;
        this.reason = reason;
    }

    public LocalDate getFromDate() {
        return fromDate;
    }

    public @Nullable LocalDate getToDate() {
        return toDate;
    }

    public @Nullable String getReason() {
        return reason;
    }

    void resume(LocalDate on) {
        this.toDate = on;
    }
}
