-- The caseload asks for each patient's last log that is not deleted: with this index MariaDB and
-- MySQL answer MAX(local_date) per patient from the index alone (a loose index scan) instead of
-- reading every log. The dashboard's latest notes walk the same index backwards.
CREATE INDEX ix_session_log_live ON session_log (patient_id, deleted_at, local_date);
