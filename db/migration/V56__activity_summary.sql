-- What the caseload would otherwise look for in each patient's whole history, kept where it is read
-- by key: the day of the last session, and the baseline (the first 7 days with a rating). Both are
-- derived from daily_activity and rewritten by logging (DaySummaries) in the same transaction as the
-- day's row; the activity_summary row is also the patient's lock while they are rewritten.
CREATE TABLE activity_summary (
    patient_id       BIGINT NOT NULL,
    last_active_date DATE   NULL,
    PRIMARY KEY (patient_id),
    CONSTRAINT fk_activity_summary_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
);

CREATE TABLE baseline_day (
    patient_id       BIGINT NOT NULL,
    local_date       DATE   NOT NULL,
    walks            INT    NOT NULL,
    stretch_sessions INT    NOT NULL,
    walk_minutes     INT    NOT NULL,
    discomfort_sum   INT    NOT NULL,
    discomfort_count INT    NOT NULL,
    PRIMARY KEY (patient_id, local_date),
    CONSTRAINT fk_baseline_day_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
);

INSERT INTO activity_summary (patient_id, last_active_date)
SELECT patient_id, MAX(CASE WHEN walks + stretch_sessions > 0 THEN local_date END)
FROM daily_activity
GROUP BY patient_id;

INSERT INTO baseline_day (patient_id, local_date, walks, stretch_sessions, walk_minutes, discomfort_sum,
                          discomfort_count)
SELECT patient_id, local_date, walks, stretch_sessions, walk_minutes, discomfort_sum, discomfort_count
FROM (SELECT d.*, ROW_NUMBER() OVER (PARTITION BY d.patient_id ORDER BY d.local_date) AS n
      FROM daily_activity d
      WHERE d.discomfort_count > 0) rated
WHERE n <= 7;
