package org.upright.program;

import java.time.LocalDate;

/** A patient's program that has not ended: its id and first day. */
public record LiveProgram(long id, LocalDate start) {}
