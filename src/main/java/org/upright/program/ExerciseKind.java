package org.upright.program;

public enum ExerciseKind {
    WALK,
    STRETCH,
    STRENGTH
}
