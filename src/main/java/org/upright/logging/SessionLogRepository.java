package org.upright.logging;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

interface SessionLogRepository extends JpaRepository<SessionLog, Long> {

    Optional<SessionLog> findByPatientIdAndClientKey(long patientId, String clientKey);

    List<SessionLog> findTop200ByPatientIdAndDeletedAtIsNullOrderByLocalDateDescLoggedAtDesc(long patientId);

    List<SessionLog> findByPatientIdAndDeletedAtIsNullOrderByLocalDateDescLoggedAtDescIdDesc(
            long patientId, Limit limit);

    List<SessionLog> findByPatientIdAndLocalDateAndDeletedAtIsNullOrderByLoggedAt(long patientId, LocalDate date);

    List<SessionLog> findTop20ByPatientIdAndKindAndDeletedAtIsNullOrderByLocalDateDescLoggedAtDesc(
            long patientId, SessionKind kind);
}
