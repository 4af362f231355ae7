package org.upright.audit;

import java.sql.Timestamp;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes audit events. Insert-only by construction: this class has no update or delete, it
 * joins the caller's transaction, so an audited change and its event commit together, and the
 * database refuses any UPDATE or DELETE of audit_event (triggers of migration V30). Events carry
 * ids, never names or free text about a patient.
 */
@Component
public class AuditLog {

    private static final int DETAIL_MAX = 2000;

    private final JdbcTemplate jdbc;
    private final AuditActors actors;
    private final Clock clock;

    AuditLog(JdbcTemplate jdbc, AuditActors actors, Clock clock) {
        this.jdbc = jdbc;
        this.actors = actors;
        this.clock = clock;
    }

    /** An event by the logged-in user. */
    public void record(
            AuditAction action,
            @Nullable Long patientId,
            @Nullable String entity,
            @Nullable Long entityId,
            @Nullable String detail) {
        AuditActors.Actor actor = actors.current().orElse(null);
        insert(
                action,
                actor == null ? null : actor.accountId(),
                actor == null ? null : actor.email(),
                actor == null ? null : actor.role(),
                patientId,
                entity,
                entityId,
                detail,
                null);
    }

    /**
     * An event that must stay even when the caller's transaction rolls back, such as a refused
     * access that ends in an exception.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordIndependently(
            AuditAction action,
            @Nullable Long patientId,
            @Nullable String entity,
            @Nullable Long entityId,
            @Nullable String detail) {
        record(action, patientId, entity, entityId, detail);
    }

    /** An event with no logged-in user, such as a failed login. */
    public void recordAnonymous(
            AuditAction action,
            @Nullable Long actorId,
            @Nullable String actorEmail,
            @Nullable String detail,
            @Nullable String clientAddress) {
        insert(action, actorId, actorEmail, null, null, null, null, detail, clientAddress);
    }

    private void insert(
            AuditAction action,
            @Nullable Long actorId,
            @Nullable String actorEmail,
            @Nullable String actorRole,
            @Nullable Long patientId,
            @Nullable String entity,
            @Nullable Long entityId,
            @Nullable String detail,
            @Nullable String clientAddress) {
        String shortDetail =
                detail == null || detail.length() <= DETAIL_MAX ? detail : detail.substring(0, DETAIL_MAX - 1) + "…";
        String email = actorEmail == null || actorEmail.length() <= 254 ? actorEmail : actorEmail.substring(0, 254);
        jdbc.update(
                """
            INSERT INTO audit_event (at, actor_id, actor_email, actor_role, action, patient_id, entity, entity_id,
                                     detail, client_address)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                Timestamp.from(clock.instant()),
                actorId,
                email,
                actorRole,
                action.name(),
                patientId,
                entity,
                entityId,
                shortDetail,
                clientAddress);
    }
}
