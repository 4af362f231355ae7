-- Earlier values of a patient's session logs (before an edit or a deletion) live here, with the
-- patient's other records, so that erasing the patient can remove them. The audit trail keeps
-- only who did what to which record and when.
CREATE TABLE session_log_history (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    patient_id       BIGINT       NOT NULL,
    session_log_id   BIGINT       NOT NULL,
    changed_at       TIMESTAMP(6) NOT NULL,
    change_kind      VARCHAR(16)  NOT NULL,
    before_values    TEXT         NOT NULL,
    CONSTRAINT fk_session_log_history_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_session_log_history_log FOREIGN KEY (session_log_id) REFERENCES session_log (id),
    CONSTRAINT ck_session_log_history_kind CHECK (change_kind IN ('EDITED', 'DELETED')),
    INDEX ix_session_log_history_log (session_log_id, changed_at)
);

-- Earlier values written into the trail before this version move to the history table...
INSERT INTO session_log_history (patient_id, session_log_id, changed_at, change_kind, before_values)
SELECT a.patient_id, a.entity_id, a.at, CASE a.action WHEN 'SESSION_EDITED' THEN 'EDITED' ELSE 'DELETED' END,
       a.detail
FROM audit_event a
JOIN session_log s ON s.id = a.entity_id AND s.patient_id = a.patient_id
WHERE a.action IN ('SESSION_EDITED', 'SESSION_DELETED') AND a.entity = 'session_log' AND a.detail IS NOT NULL;

-- ...and the trail forgets the free text of every session event. The append-only trigger is
-- lifted for this one statement and put back as it was (V30).
DROP TRIGGER audit_event_no_update;

UPDATE audit_event SET detail = NULL
WHERE action IN ('SESSION_LOGGED', 'SESSION_EDITED', 'SESSION_DELETED', 'RED_FLAG_ANSWERED');

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit trail is append-only: rows cannot be changed.';
