package org.upright.patient;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface PatientRepository extends JpaRepository<Patient, Long> {

    Optional<Patient> findByAccountId(long accountId);

    List<Patient> findByTherapistIdAndArchivedAtIsNull(long therapistId);

    List<Patient> findByTherapistId(long therapistId);

    int countByTherapistId(long therapistId);
}
