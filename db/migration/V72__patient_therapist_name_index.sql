-- The caseload lists a therapist's active patients by last name, first name and id. With the names in
-- the index the rows come in that order from the index instead of being sorted for every caseload read;
-- the old index on (therapist_id, archived_at) is its prefix and goes.
CREATE INDEX ix_patient_therapist_name ON patient (therapist_id, archived_at, family_name, given_name);
DROP INDEX ix_patient_therapist ON patient;
