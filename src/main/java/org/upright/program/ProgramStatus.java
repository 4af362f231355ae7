package org.upright.program;

public enum ProgramStatus {
    ACTIVE,
    PAUSED,
    ENDED
}
