-- The dashboard shows a patient's latest notes. Most logs have none, so walking the patient's logs
-- backwards until ten notes are found read every log of a patient with few notes (about 1,000 rows on
-- the benchmark's data). A virtual column says whether a log has a note, and an index on it lets the
-- read start at the newest note and stop after the tenth.
ALTER TABLE session_log
    ADD COLUMN has_note BOOLEAN AS (note IS NOT NULL AND note <> '') VIRTUAL;

CREATE INDEX ix_session_log_notes ON session_log (patient_id, has_note, deleted_at, local_date, logged_at);
