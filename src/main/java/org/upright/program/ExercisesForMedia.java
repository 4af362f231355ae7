package org.upright.program;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.upright.base.NotFoundException;
import org.upright.media.ExerciseVisibility;
import org.upright.patient.Patient;
import org.upright.patient.PatientAccess;
import org.upright.security.CurrentUser;
import org.upright.security.Role;

/** Who may see an exercise's pictures and videos: staff any exercise, a patient those ever prescribed to them. */
@Component
class ExercisesForMedia implements ExerciseVisibility {

    private final ExerciseRepository exercises;
    private final PrescriptionRepository prescriptions;
    private final CurrentUser currentUser;
    private final PatientAccess access;

    ExercisesForMedia(
            ExerciseRepository exercises,
            PrescriptionRepository prescriptions,
            CurrentUser currentUser,
            PatientAccess access) {
        this.exercises = exercises;
        this.prescriptions = prescriptions;
        this.currentUser = currentUser;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean currentUserMaySee(long exerciseId) {
        if (!exercises.existsById(exerciseId)) {
            return false;
        }
        // require() re-reads the account: a disabled one sees nothing
        if (currentUser.require().role() != Role.PATIENT) {
            return true;
        }
        try {
            Patient me = access.requireSelf();
            return prescriptions.prescribes(me.getId(), exerciseId);
        } catch (NotFoundException noRecord) {
            return false;
        }
    }
}
