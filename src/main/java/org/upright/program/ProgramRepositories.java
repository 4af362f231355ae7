package org.upright.program;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ProgramRepository extends JpaRepository<Program, Long> {

    @Query(
            "select p from Program p where p.patientId = :patientId and p.status <> org.upright.program.ProgramStatus.ENDED")
    Optional<Program> findLive(@Param("patientId") long patientId);

    /** Serialises changes to one program, so two saves at once cannot both win. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Program p where p.id = :id")
    Optional<Program> lockById(@Param("id") long id);

    List<Program> findByPatientIdOrderByStartDateDesc(long patientId);
}

interface PrescriptionRepository extends JpaRepository<Prescription, Long> {

    List<Prescription> findByProgramIdOrderByEffectiveFromDescSavedAtDesc(long programId);

    Optional<Prescription> findFirstByProgramIdOrderByIdDesc(long programId);

    /** Whether any version of any of the patient's programs holds the exercise. */
    @Query("select count(pe) > 0 from Prescription p join p.exercises pe, Program pr "
            + "where pr.id = p.programId and pr.patientId = :patientId and pe.exerciseId = :exerciseId")
    boolean prescribes(@Param("patientId") long patientId, @Param("exerciseId") long exerciseId);
}

interface ExerciseRepository extends JpaRepository<Exercise, Long> {

    List<Exercise> findAllByOrderByKindAscNameAsc();

    boolean existsByCode(String code);
}

interface ProgramTemplateRepository extends JpaRepository<ProgramTemplate, Long> {

    List<ProgramTemplate> findAllByOrderByBuiltInDescNameAsc();

    Optional<ProgramTemplate> findByCode(String code);
}
