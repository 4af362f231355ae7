-- Upright schema v1: accounts, patients, the exercise library and program templates,
-- dated prescription versions, session logs, daily summaries, alerts and the audit trail.
-- Written for MySQL 8 and MariaDB 11. Every rule the UI enforces is also a constraint here.

CREATE TABLE user_account (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    email            VARCHAR(254) NOT NULL,
    display_name     VARCHAR(120) NOT NULL,
    password_hash    VARCHAR(255) NOT NULL,
    role             VARCHAR(16)  NOT NULL,
    enabled          BOOLEAN      NOT NULL DEFAULT TRUE,
    must_change_password BOOLEAN  NOT NULL DEFAULT FALSE,
    failed_login_count INT        NOT NULL DEFAULT 0,
    locked_until     TIMESTAMP(6) NULL,
    last_login_at    TIMESTAMP(6) NULL,
    created_at       TIMESTAMP(6) NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_user_account_email UNIQUE (email),
    CONSTRAINT ck_user_account_role CHECK (role IN ('ADMIN', 'THERAPIST', 'PATIENT')),
    CONSTRAINT ck_user_account_email CHECK (CHAR_LENGTH(email) >= 3 AND email LIKE '%_@_%'),
    CONSTRAINT ck_user_account_name CHECK (CHAR_LENGTH(TRIM(display_name)) > 0),
    CONSTRAINT ck_user_account_failed CHECK (failed_login_count >= 0)
);

CREATE TABLE patient (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id       BIGINT       NOT NULL,
    therapist_id     BIGINT       NOT NULL,
    given_name       VARCHAR(80)  NOT NULL,
    family_name      VARCHAR(80)  NOT NULL,
    birth_date       DATE         NULL,
    time_zone        VARCHAR(64)  NOT NULL,
    notes            VARCHAR(2000) NULL,
    archived_at      TIMESTAMP(6) NULL,
    created_at       TIMESTAMP(6) NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_patient_account UNIQUE (account_id),
    CONSTRAINT fk_patient_account FOREIGN KEY (account_id) REFERENCES user_account (id),
    CONSTRAINT fk_patient_therapist FOREIGN KEY (therapist_id) REFERENCES user_account (id),
    CONSTRAINT ck_patient_given CHECK (CHAR_LENGTH(TRIM(given_name)) > 0),
    CONSTRAINT ck_patient_family CHECK (CHAR_LENGTH(TRIM(family_name)) > 0),
    CONSTRAINT ck_patient_zone CHECK (CHAR_LENGTH(time_zone) > 0)
);
CREATE INDEX ix_patient_therapist ON patient (therapist_id, archived_at);

CREATE TABLE patient_contraindication (
    patient_id       BIGINT       NOT NULL,
    code             VARCHAR(40)  NOT NULL,
    PRIMARY KEY (patient_id, code),
    CONSTRAINT fk_patient_contraindication_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
);

CREATE TABLE exercise (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code             VARCHAR(40)  NOT NULL,
    name             VARCHAR(120) NOT NULL,
    kind             VARCHAR(16)  NOT NULL,
    instructions     VARCHAR(4000) NOT NULL,
    cautions         VARCHAR(1000) NULL,
    default_hold_seconds INT      NULL,
    default_reps     INT          NULL,
    default_sets     INT          NULL,
    default_minutes  INT          NULL,
    icon             VARCHAR(40)  NULL,
    built_in         BOOLEAN      NOT NULL DEFAULT FALSE,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_exercise_code UNIQUE (code),
    CONSTRAINT ck_exercise_kind CHECK (kind IN ('WALK', 'STRETCH', 'STRENGTH')),
    CONSTRAINT ck_exercise_name CHECK (CHAR_LENGTH(TRIM(name)) > 0),
    CONSTRAINT ck_exercise_hold CHECK (default_hold_seconds IS NULL OR default_hold_seconds BETWEEN 1 AND 600),
    CONSTRAINT ck_exercise_reps CHECK (default_reps IS NULL OR default_reps BETWEEN 1 AND 100),
    CONSTRAINT ck_exercise_sets CHECK (default_sets IS NULL OR default_sets BETWEEN 1 AND 20),
    CONSTRAINT ck_exercise_minutes CHECK (default_minutes IS NULL OR default_minutes BETWEEN 1 AND 240)
);

CREATE TABLE exercise_contraindication (
    exercise_id      BIGINT       NOT NULL,
    code             VARCHAR(40)  NOT NULL,
    PRIMARY KEY (exercise_id, code),
    CONSTRAINT fk_exercise_contraindication_exercise FOREIGN KEY (exercise_id) REFERENCES exercise (id)
);

CREATE TABLE program_template (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code             VARCHAR(40)  NOT NULL,
    name             VARCHAR(120) NOT NULL,
    description      VARCHAR(2000) NULL,
    built_in         BOOLEAN      NOT NULL DEFAULT FALSE,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_program_template_code UNIQUE (code),
    CONSTRAINT ck_program_template_name CHECK (CHAR_LENGTH(TRIM(name)) > 0)
);

CREATE TABLE template_phase (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    template_id      BIGINT       NOT NULL,
    phase_number     INT          NOT NULL,
    name             VARCHAR(120) NOT NULL,
    description      VARCHAR(2000) NULL,
    min_days         INT          NOT NULL,
    walks_per_day    INT          NOT NULL,
    minutes_per_walk INT          NOT NULL,
    stretch_sessions_per_day INT  NOT NULL,
    warm_up_minutes  INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_template_phase UNIQUE (template_id, phase_number),
    CONSTRAINT fk_template_phase_template FOREIGN KEY (template_id) REFERENCES program_template (id),
    CONSTRAINT ck_template_phase_number CHECK (phase_number BETWEEN 1 AND 20),
    CONSTRAINT ck_template_phase_min_days CHECK (min_days BETWEEN 0 AND 365),
    CONSTRAINT ck_template_phase_walks CHECK (walks_per_day BETWEEN 0 AND 6),
    CONSTRAINT ck_template_phase_minutes CHECK (minutes_per_walk BETWEEN 1 AND 240),
    CONSTRAINT ck_template_phase_stretch CHECK (stretch_sessions_per_day BETWEEN 0 AND 6),
    CONSTRAINT ck_template_phase_warm_up CHECK (warm_up_minutes BETWEEN 0 AND 240)
);

CREATE TABLE template_exercise (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    phase_id         BIGINT       NOT NULL,
    exercise_id      BIGINT       NOT NULL,
    position         INT          NOT NULL,
    hold_seconds     INT          NULL,
    reps             INT          NULL,
    sets             INT          NULL,
    CONSTRAINT uk_template_exercise UNIQUE (phase_id, exercise_id),
    CONSTRAINT fk_template_exercise_phase FOREIGN KEY (phase_id) REFERENCES template_phase (id),
    CONSTRAINT fk_template_exercise_exercise FOREIGN KEY (exercise_id) REFERENCES exercise (id),
    CONSTRAINT ck_template_exercise_hold CHECK (hold_seconds IS NULL OR hold_seconds BETWEEN 1 AND 600),
    CONSTRAINT ck_template_exercise_reps CHECK (reps IS NULL OR reps BETWEEN 1 AND 100),
    CONSTRAINT ck_template_exercise_sets CHECK (sets IS NULL OR sets BETWEEN 1 AND 20)
);

CREATE TABLE program (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    patient_id       BIGINT       NOT NULL,
    template_id      BIGINT       NOT NULL,
    start_date       DATE         NOT NULL,
    end_date         DATE         NULL,
    status           VARCHAR(16)  NOT NULL,
    current_phase    INT          NOT NULL,
    phase_started_on DATE         NOT NULL,
    -- equals patient_id while the program is not ended, so at most one live program per patient
    live_patient_id  BIGINT       NULL,
    created_at       TIMESTAMP(6) NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_program_live UNIQUE (live_patient_id),
    CONSTRAINT fk_program_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_program_template FOREIGN KEY (template_id) REFERENCES program_template (id),
    CONSTRAINT ck_program_status CHECK (status IN ('ACTIVE', 'PAUSED', 'ENDED')),
    CONSTRAINT ck_program_dates CHECK (end_date IS NULL OR end_date >= start_date),
    CONSTRAINT ck_program_phase CHECK (current_phase BETWEEN 1 AND 20),
    CONSTRAINT ck_program_live CHECK ((status = 'ENDED' AND live_patient_id IS NULL)
        OR (status <> 'ENDED' AND live_patient_id = patient_id))
);
CREATE INDEX ix_program_patient ON program (patient_id);

CREATE TABLE program_pause (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    program_id       BIGINT       NOT NULL,
    from_date        DATE         NOT NULL,
    to_date          DATE         NULL,
    reason           VARCHAR(200) NULL,
    CONSTRAINT fk_program_pause_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT ck_program_pause_dates CHECK (to_date IS NULL OR to_date >= from_date)
);
CREATE INDEX ix_program_pause_program ON program_pause (program_id, from_date);

CREATE TABLE prescription (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    program_id       BIGINT       NOT NULL,
    effective_from   DATE         NOT NULL,
    saved_at         TIMESTAMP(6) NOT NULL,
    saved_by         BIGINT       NOT NULL,
    phase            INT          NOT NULL,
    walks_per_day    INT          NOT NULL,
    minutes_per_walk INT          NOT NULL,
    stretch_sessions_per_day INT  NOT NULL,
    warm_up_minutes  INT          NOT NULL,
    weekdays         SMALLINT     NOT NULL,
    phase_min_days   INT          NOT NULL,
    note             VARCHAR(500) NULL,
    CONSTRAINT fk_prescription_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT fk_prescription_saved_by FOREIGN KEY (saved_by) REFERENCES user_account (id),
    CONSTRAINT ck_prescription_phase CHECK (phase BETWEEN 1 AND 20),
    CONSTRAINT ck_prescription_walks CHECK (walks_per_day BETWEEN 1 AND 6),
    CONSTRAINT ck_prescription_minutes CHECK (minutes_per_walk BETWEEN 1 AND 240),
    CONSTRAINT ck_prescription_stretch CHECK (stretch_sessions_per_day BETWEEN 0 AND 6),
    CONSTRAINT ck_prescription_warm_up CHECK (warm_up_minutes BETWEEN 0 AND 240),
    -- a bit per weekday, Monday = 1 ... Sunday = 64; at least one ticked
    CONSTRAINT ck_prescription_weekdays CHECK (weekdays BETWEEN 1 AND 127),
    CONSTRAINT ck_prescription_min_days CHECK (phase_min_days BETWEEN 0 AND 365)
);
CREATE INDEX ix_prescription_program ON prescription (program_id, effective_from, saved_at);

CREATE TABLE prescription_exercise (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    prescription_id  BIGINT       NOT NULL,
    exercise_id      BIGINT       NOT NULL,
    position         INT          NOT NULL,
    hold_seconds     INT          NULL,
    reps             INT          NULL,
    sets             INT          NULL,
    CONSTRAINT uk_prescription_exercise UNIQUE (prescription_id, exercise_id),
    CONSTRAINT fk_prescription_exercise_prescription FOREIGN KEY (prescription_id) REFERENCES prescription (id),
    CONSTRAINT fk_prescription_exercise_exercise FOREIGN KEY (exercise_id) REFERENCES exercise (id),
    CONSTRAINT ck_prescription_exercise_hold CHECK (hold_seconds IS NULL OR hold_seconds BETWEEN 1 AND 600),
    CONSTRAINT ck_prescription_exercise_reps CHECK (reps IS NULL OR reps BETWEEN 1 AND 100),
    CONSTRAINT ck_prescription_exercise_sets CHECK (sets IS NULL OR sets BETWEEN 1 AND 20)
);

CREATE TABLE session_log (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    patient_id       BIGINT       NOT NULL,
    program_id       BIGINT       NULL,
    local_date       DATE         NOT NULL,
    kind             VARCHAR(16)  NOT NULL,
    walk_minutes     INT          NULL,
    warm_up_minutes  INT          NULL,
    discomfort_before TINYINT     NULL,
    discomfort_after TINYINT      NULL,
    note             VARCHAR(1000) NULL,
    context_tags     VARCHAR(200) NULL,
    client_key       VARCHAR(64)  NOT NULL,
    logged_at        TIMESTAMP(6) NOT NULL,
    updated_at       TIMESTAMP(6) NULL,
    deleted_at       TIMESTAMP(6) NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_session_log_client_key UNIQUE (patient_id, client_key),
    CONSTRAINT fk_session_log_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_session_log_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT ck_session_log_kind CHECK (kind IN ('WALK', 'STRETCH')),
    CONSTRAINT ck_session_log_walk CHECK (walk_minutes IS NULL OR walk_minutes BETWEEN 0 AND 1440),
    CONSTRAINT ck_session_log_warm_up CHECK (warm_up_minutes IS NULL OR warm_up_minutes BETWEEN 0 AND 1440),
    CONSTRAINT ck_session_log_before CHECK (discomfort_before IS NULL OR discomfort_before BETWEEN 0 AND 10),
    CONSTRAINT ck_session_log_after CHECK (discomfort_after IS NULL OR discomfort_after BETWEEN 0 AND 10),
    CONSTRAINT ck_session_log_walk_minutes CHECK (kind <> 'WALK' OR walk_minutes IS NOT NULL),
    CONSTRAINT ck_session_log_stretch_rating CHECK (kind <> 'STRETCH' OR discomfort_after IS NOT NULL)
);
CREATE INDEX ix_session_log_patient_date ON session_log (patient_id, local_date);

CREATE TABLE session_exercise (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    session_log_id   BIGINT       NOT NULL,
    exercise_id      BIGINT       NOT NULL,
    outcome          VARCHAR(20)  NOT NULL,
    discomfort       TINYINT      NULL,
    CONSTRAINT uk_session_exercise UNIQUE (session_log_id, exercise_id),
    CONSTRAINT fk_session_exercise_log FOREIGN KEY (session_log_id) REFERENCES session_log (id),
    CONSTRAINT fk_session_exercise_exercise FOREIGN KEY (exercise_id) REFERENCES exercise (id),
    CONSTRAINT ck_session_exercise_outcome CHECK (outcome IN ('DONE', 'SKIPPED', 'TOO_UNCOMFORTABLE')),
    CONSTRAINT ck_session_exercise_discomfort CHECK (discomfort IS NULL OR discomfort BETWEEN 0 AND 10)
);

-- One row per patient and local day, kept in step with session_log in the same transaction;
-- dashboards read this instead of scanning logs.
CREATE TABLE daily_activity (
    patient_id       BIGINT       NOT NULL,
    local_date       DATE         NOT NULL,
    walks            INT          NOT NULL DEFAULT 0,
    stretch_sessions INT          NOT NULL DEFAULT 0,
    walk_minutes     INT          NOT NULL DEFAULT 0,
    discomfort_sum   INT          NOT NULL DEFAULT 0,
    discomfort_count INT          NOT NULL DEFAULT 0,
    PRIMARY KEY (patient_id, local_date),
    CONSTRAINT fk_daily_activity_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT ck_daily_activity_counts CHECK (walks >= 0 AND stretch_sessions >= 0 AND walk_minutes >= 0
        AND discomfort_sum >= 0 AND discomfort_count >= 0 AND discomfort_sum <= 10 * discomfort_count)
);

CREATE TABLE red_flag_check (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    patient_id       BIGINT       NOT NULL,
    answered_at      TIMESTAMP(6) NOT NULL,
    answers          VARCHAR(500) NOT NULL,
    any_yes          BOOLEAN      NOT NULL,
    CONSTRAINT fk_red_flag_check_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
);
CREATE INDEX ix_red_flag_check_patient ON red_flag_check (patient_id, answered_at);

CREATE TABLE alert (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    patient_id       BIGINT       NOT NULL,
    rule_code        VARCHAR(40)  NOT NULL,
    severity         VARCHAR(16)  NOT NULL,
    cause_key        VARCHAR(100) NOT NULL,
    message          VARCHAR(500) NOT NULL,
    raised_at        TIMESTAMP(6) NOT NULL,
    acknowledged_at  TIMESTAMP(6) NULL,
    acknowledged_by  BIGINT       NULL,
    acknowledgement_note VARCHAR(1000) NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uk_alert_cause UNIQUE (patient_id, rule_code, cause_key),
    CONSTRAINT fk_alert_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_alert_acknowledged_by FOREIGN KEY (acknowledged_by) REFERENCES user_account (id),
    CONSTRAINT ck_alert_severity CHECK (severity IN ('CRITICAL', 'HIGH', 'LOW'))
);
CREATE INDEX ix_alert_open ON alert (acknowledged_at, patient_id);

CREATE TABLE audit_event (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    at               TIMESTAMP(6) NOT NULL,
    actor_id         BIGINT       NULL,
    actor_email      VARCHAR(254) NULL,
    actor_role       VARCHAR(16)  NULL,
    action           VARCHAR(40)  NOT NULL,
    patient_id       BIGINT       NULL,
    entity           VARCHAR(40)  NULL,
    entity_id        BIGINT       NULL,
    detail           VARCHAR(2000) NULL,
    client_address   VARCHAR(64)  NULL
);
CREATE INDEX ix_audit_event_at ON audit_event (at);
CREATE INDEX ix_audit_event_patient ON audit_event (patient_id, at);
CREATE INDEX ix_audit_event_actor ON audit_event (actor_id, at);

CREATE TABLE clinic_setting (
    name             VARCHAR(60)  NOT NULL PRIMARY KEY,
    value            VARCHAR(200) NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0
);

-- ShedLock: a scheduled job runs on one app instance at a time.
CREATE TABLE shedlock (
    name             VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until       TIMESTAMP(3) NOT NULL,
    locked_at        TIMESTAMP(3) NOT NULL,
    locked_by        VARCHAR(255) NOT NULL
);

INSERT INTO clinic_setting (name, value) VALUES
    ('alert.criticalRating', '7'),
    ('alert.meaningfulChangePoints', '2'),
    ('alert.meaningfulChangePercent', '30'),
    ('alert.missedDays', '3'),
    ('alert.lowAdherencePercent', '50');
