package org.upright.audit;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reading the audit trail, for admins: newest first, filtered, a page at a time. Read-only. */
@Service
public class AuditService {

    public static final int MAX_PAGE = 500;

    private final AuditQueries queries;
    private final AuditActors actors;

    AuditService(AuditQueries queries, AuditActors actors) {
        this.queries = queries;
        this.actors = actors;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AuditEvent> find(AuditFilter filter, int offset, int limit) {
        List<AuditEvent> events =
                queries.find(filter, matching(filter), offset, Math.max(0, Math.min(limit, MAX_PAGE)));
        // a patient is written to the trail by account id only: their address is looked up as it is now
        Map<Long, String> emails = actors.emailsOf(events.stream()
                .filter(e -> e.actorEmail() == null && e.actorId() != null)
                .map(AuditEvent::actorId)
                .collect(Collectors.toSet()));
        return events.stream()
                .map(e -> e.actorEmail() != null || e.actorId() == null
                        ? e
                        : new AuditEvent(
                                e.id(),
                                e.at(),
                                e.actorId(),
                                emails.get(e.actorId()),
                                e.actorRole(),
                                e.action(),
                                e.patientId(),
                                e.entity(),
                                e.entityId(),
                                e.detail()))
                .toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public int count(AuditFilter filter) {
        return queries.count(filter, matching(filter));
    }

    private List<Long> matching(AuditFilter filter) {
        return filter.user() == null || filter.user().isBlank() ? List.of() : actors.withEmailContaining(filter.user());
    }
}
