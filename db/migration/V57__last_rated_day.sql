-- The day of each patient's last rating, beside the last active day: the caseload's "latest
-- discomfort" looks up to 28 days back, and reads this day by key instead of 28 days of rows.
ALTER TABLE activity_summary ADD COLUMN last_rated_date DATE NULL;

UPDATE activity_summary s
SET last_rated_date = (SELECT MAX(d.local_date) FROM daily_activity d
                       WHERE d.patient_id = s.patient_id AND d.discomfort_count > 0);
