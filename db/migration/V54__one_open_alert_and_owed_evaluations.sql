-- One open alert per patient and rule. A rule that fires again for a new cause while its alert is
-- open updates that alert (how often, the latest value and date); once acknowledged, only a cause
-- never seen before opens a new one. Every cause ever seen is kept in alert_cause, so a cause
-- never fires twice, also with several app instances.
ALTER TABLE alert
    ADD COLUMN times_fired    INT          NOT NULL DEFAULT 1,
    ADD COLUMN last_value     VARCHAR(100) NULL,
    ADD COLUMN last_fired_at  TIMESTAMP(6) NULL,
    ADD COLUMN open_patient_id BIGINT AS (CASE WHEN acknowledged_at IS NULL THEN patient_id END) STORED;

CREATE TABLE alert_cause (
    patient_id       BIGINT       NOT NULL,
    rule_code        VARCHAR(40)  NOT NULL,
    cause_key        VARCHAR(100) NOT NULL,
    alert_id         BIGINT       NULL,
    fired_at         TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (patient_id, rule_code, cause_key),
    CONSTRAINT fk_alert_cause_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_alert_cause_alert FOREIGN KEY (alert_id) REFERENCES alert (id)
);
INSERT INTO alert_cause (patient_id, rule_code, cause_key, alert_id, fired_at)
SELECT patient_id, rule_code, cause_key, id, raised_at FROM alert;

-- open copies made before this rule: the newest stays open and counts them; the older are closed
UPDATE alert a
JOIN (SELECT patient_id, rule_code, MAX(id) AS keep_id, COUNT(*) AS n FROM alert
      WHERE acknowledged_at IS NULL GROUP BY patient_id, rule_code HAVING COUNT(*) > 1) d
  ON d.patient_id = a.patient_id AND d.rule_code = a.rule_code
SET a.times_fired = d.n
WHERE a.id = d.keep_id;
UPDATE alert a
JOIN (SELECT patient_id, rule_code, MAX(id) AS keep_id FROM alert
      WHERE acknowledged_at IS NULL GROUP BY patient_id, rule_code HAVING COUNT(*) > 1) d
  ON d.patient_id = a.patient_id AND d.rule_code = a.rule_code
SET a.acknowledged_at = a.raised_at,
    a.acknowledgement_note = 'Merged into the open alert of the same rule (one open alert per patient and rule).'
WHERE a.acknowledged_at IS NULL AND a.id <> d.keep_id;

-- the patient's foreign key needs an index of its own before the old unique key goes
CREATE INDEX ix_alert_patient_rule ON alert (patient_id, rule_code);
ALTER TABLE alert DROP INDEX uk_alert_cause;
CREATE UNIQUE INDEX uk_alert_open ON alert (open_patient_id, rule_code);

-- Alert evaluations owed after a log: written in the log's own transaction, done after it commits,
-- and retried with back-off until they succeed. Ids only; the rating is read from the log itself.
CREATE TABLE alert_evaluation_due (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    patient_id       BIGINT       NOT NULL,
    session_log_id   BIGINT       NOT NULL,
    created_at       TIMESTAMP(6) NOT NULL,
    attempts         INT          NOT NULL DEFAULT 0,
    next_attempt_at  TIMESTAMP(6) NOT NULL,
    CONSTRAINT uk_alert_evaluation_due_log UNIQUE (session_log_id),
    CONSTRAINT fk_alert_evaluation_due_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
);
CREATE INDEX ix_alert_evaluation_due_next ON alert_evaluation_due (next_attempt_at);

-- The daily rules run once per patient and local day, after 06:00 in the patient's own zone.
CREATE TABLE alert_daily_run (
    patient_id       BIGINT       NOT NULL,
    local_date       DATE         NOT NULL,
    ran_at           TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (patient_id, local_date),
    CONSTRAINT fk_alert_daily_run_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
);
