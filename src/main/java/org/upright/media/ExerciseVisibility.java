package org.upright.media;

/**
 * Whether the signed-in user may see an exercise (staff: any exercise of the library; a patient:
 * those in their own program). The program module knows and implements it, so media need not
 * depend on programs (decision 0010).
 */
public interface ExerciseVisibility {

    /** True when the exercise exists and the current user may see it; needs a transaction. */
    boolean currentUserMaySee(long exerciseId);
}
