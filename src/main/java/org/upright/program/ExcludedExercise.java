package org.upright.program;

/** An exercise of the template left out for this patient, and why. */
public record ExcludedExercise(Exercise exercise, String reason) {}
