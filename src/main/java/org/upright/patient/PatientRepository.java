package org.upright.patient;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PatientRepository extends JpaRepository<Patient, Long> {

    Optional<Patient> findByAccountId(long accountId);

    List<Patient> findByTherapistIdAndArchivedAtIsNull(long therapistId);

    List<Patient> findByTherapistId(long therapistId);

    int countByTherapistId(long therapistId);

    /** Patients whose full name matches the LIKE pattern (lower case) or whose number is {@code id}, by name. */
    @Query(value = """
            SELECT * FROM patient
            WHERE LOWER(CONCAT(given_name, ' ', family_name)) LIKE :pattern OR CAST(id AS CHAR) = :id
            ORDER BY family_name, given_name, id LIMIT :limit""", nativeQuery = true)
    List<Patient> search(@Param("pattern") String pattern, @Param("id") String id, @Param("limit") int limit);
}
