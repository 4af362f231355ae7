-- The audit trail is append-only: the database itself refuses to change or remove a row,
-- whoever asks. Each trigger is a single statement, so Flyway runs it without DELIMITER.
-- (On MySQL 8 with binary logging on, the migrating user needs the TRIGGER privilege and either
-- SUPER or log_bin_trust_function_creators=1; see docs/decisions/0004-audit-trail-and-erasure.md.)

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit trail is append-only: rows cannot be changed.';

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event FOR EACH ROW
    SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'The audit trail is append-only: rows cannot be deleted.';

-- Filters of the admin's audit view: by action and period.
CREATE INDEX ix_audit_event_action ON audit_event (action, at);
