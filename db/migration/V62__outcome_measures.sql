-- Outcome measures (issue 11): questionnaires as data, each version a row of its own; the
-- schedule of a program, therapists' ad-hoc requests, and the patients' responses with answers.

-- A questionnaire version. A clinic adds one (or a new version of one) with rows here, in
-- questionnaire_item and questionnaire_option, and translations in questionnaire_text; the
-- highest version of a code is the one asked. Scoring is by rule type:
--   SUM    sum of the items; up to max_missing unanswered items are prorated
--          (sum / (item maximum x answered) x (item maximum x items)); more missing: no score
--   MEAN   mean of the answered items, if at most max_missing are unanswered
--   SINGLE the one answer is the score
CREATE TABLE questionnaire (
    id                   BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code                 VARCHAR(40)  NOT NULL,
    version              INT          NOT NULL,
    title                VARCHAR(200) NOT NULL,
    loinc_code           VARCHAR(20)  NULL,
    scoring              VARCHAR(10)  NOT NULL,
    min_score            DECIMAL(7,2) NOT NULL,
    max_score            DECIMAL(7,2) NOT NULL,
    higher_is_better     BOOLEAN      NOT NULL,
    mcid                 DECIMAL(7,2) NULL,
    max_missing          INT          NOT NULL DEFAULT 0,
    show_percent         BOOLEAN      NOT NULL DEFAULT FALSE,
    -- the patient names the activities (PSFS): the one item is asked once per activity
    patient_named_items  BOOLEAN      NOT NULL DEFAULT FALSE,
    min_named_items      INT          NULL,
    max_named_items      INT          NULL,
    -- asks about change since the start, so it is never asked at the start
    rates_change         BOOLEAN      NOT NULL DEFAULT FALSE,
    main_measure         BOOLEAN      NOT NULL DEFAULT FALSE,
    scheduled_by_default BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT uq_questionnaire_version UNIQUE (code, version),
    CONSTRAINT ck_questionnaire_scoring CHECK (scoring IN ('SUM', 'MEAN', 'SINGLE')),
    CONSTRAINT ck_questionnaire_range CHECK (min_score < max_score),
    CONSTRAINT ck_questionnaire_mcid CHECK (mcid IS NULL OR mcid > 0),
    CONSTRAINT ck_questionnaire_missing CHECK (max_missing >= 0),
    CONSTRAINT ck_questionnaire_version CHECK (version >= 1),
    CONSTRAINT ck_questionnaire_named CHECK (
        (patient_named_items AND min_named_items >= 1 AND max_named_items >= min_named_items)
        OR (NOT patient_named_items AND min_named_items IS NULL AND max_named_items IS NULL))
);

CREATE TABLE questionnaire_item (
    questionnaire_id BIGINT       NOT NULL,
    position         INT          NOT NULL,
    link_id          VARCHAR(40)  NOT NULL,
    text             VARCHAR(500) NOT NULL,
    min_value        INT          NOT NULL,
    max_value        INT          NOT NULL,
    PRIMARY KEY (questionnaire_id, position),
    CONSTRAINT uq_questionnaire_item_link UNIQUE (questionnaire_id, link_id),
    CONSTRAINT fk_questionnaire_item FOREIGN KEY (questionnaire_id) REFERENCES questionnaire (id),
    CONSTRAINT ck_questionnaire_item_position CHECK (position >= 1),
    CONSTRAINT ck_questionnaire_item_values CHECK (min_value < max_value)
);

-- The words for an answer value; a scale may name only its ends (0 and 10 of the PSFS).
CREATE TABLE questionnaire_option (
    questionnaire_id BIGINT       NOT NULL,
    item_position    INT          NOT NULL,
    value            INT          NOT NULL,
    text             VARCHAR(300) NOT NULL,
    PRIMARY KEY (questionnaire_id, item_position, value),
    CONSTRAINT fk_questionnaire_option_item FOREIGN KEY (questionnaire_id, item_position)
        REFERENCES questionnaire_item (questionnaire_id, position)
);

-- Texts in other languages, English (in the tables above) being the fallback. Keys:
-- 'title', 'item.<link id>', 'item.<link id>.option.<value>'.
CREATE TABLE questionnaire_text (
    questionnaire_id BIGINT       NOT NULL,
    language         VARCHAR(10)  NOT NULL,
    text_key         VARCHAR(80)  NOT NULL,
    text             VARCHAR(500) NOT NULL,
    PRIMARY KEY (questionnaire_id, language, text_key),
    CONSTRAINT fk_questionnaire_text FOREIGN KEY (questionnaire_id) REFERENCES questionnaire (id),
    CONSTRAINT ck_questionnaire_text_language CHECK (language <> 'en' AND language <> '')
);

-- What a therapist chose for one program; a program without rows asks the questionnaires that are
-- scheduled_by_default at the start (unless rates_change), every 2 weeks and at the end.
CREATE TABLE outcome_schedule (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    patient_id         BIGINT       NOT NULL,
    program_id         BIGINT       NOT NULL,
    questionnaire_code VARCHAR(40)  NOT NULL,
    at_start           BOOLEAN      NOT NULL,
    every_weeks        INT          NULL,
    at_end             BOOLEAN      NOT NULL,
    saved_at           TIMESTAMP(6) NOT NULL,
    saved_by           BIGINT       NOT NULL,
    CONSTRAINT uq_outcome_schedule UNIQUE (program_id, questionnaire_code),
    CONSTRAINT fk_outcome_schedule_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_outcome_schedule_program FOREIGN KEY (program_id) REFERENCES program (id),
    CONSTRAINT ck_outcome_schedule_weeks CHECK (every_weeks IS NULL OR every_weeks BETWEEN 1 AND 52)
);

-- A questionnaire a therapist asked for at a time of their choosing; due from requested_on.
CREATE TABLE outcome_request (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    patient_id         BIGINT       NOT NULL,
    questionnaire_code VARCHAR(40)  NOT NULL,
    requested_on       DATE         NOT NULL,
    requested_at       TIMESTAMP(6) NOT NULL,
    requested_by       BIGINT       NOT NULL,
    CONSTRAINT fk_outcome_request_patient FOREIGN KEY (patient_id) REFERENCES patient (id)
);
CREATE INDEX ix_outcome_request_patient ON outcome_request (patient_id, requested_on);

-- One answering of a questionnaire for one occasion (the start, week 2, the end of a program, or a
-- request): a draft while the patient goes, completed with its score (or why there is none).
CREATE TABLE questionnaire_response (
    id                 BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    patient_id         BIGINT       NOT NULL,
    questionnaire_id   BIGINT       NOT NULL,
    questionnaire_code VARCHAR(40)  NOT NULL,
    program_id         BIGINT       NULL,
    occasion           VARCHAR(40)  NOT NULL,
    due_on             DATE         NOT NULL,
    status             VARCHAR(10)  NOT NULL,
    started_at         TIMESTAMP(6) NOT NULL,
    completed_at       TIMESTAMP(6) NULL,
    answered_on        DATE         NULL,
    score              DECIMAL(7,2) NULL,
    not_scored_reason  VARCHAR(30)  NULL,
    row_version        INT          NOT NULL DEFAULT 0,
    CONSTRAINT uq_questionnaire_response_occasion UNIQUE (patient_id, questionnaire_code, occasion),
    CONSTRAINT fk_questionnaire_response_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT fk_questionnaire_response_questionnaire FOREIGN KEY (questionnaire_id) REFERENCES questionnaire (id),
    CONSTRAINT ck_questionnaire_response_status CHECK (status IN ('DRAFT', 'COMPLETED')),
    CONSTRAINT ck_questionnaire_response_completed CHECK (
        (status = 'DRAFT' AND completed_at IS NULL AND answered_on IS NULL AND score IS NULL)
        OR (status = 'COMPLETED' AND completed_at IS NOT NULL AND answered_on IS NOT NULL
            AND (score IS NULL) = (not_scored_reason IS NOT NULL)))
);
CREATE INDEX ix_questionnaire_response_patient ON questionnaire_response (patient_id, status, answered_on);

-- The answers of a response: for a named-activity questionnaire one row per activity with its name.
CREATE TABLE questionnaire_answer (
    response_id BIGINT       NOT NULL,
    position    INT          NOT NULL,
    link_id     VARCHAR(40)  NOT NULL,
    label       VARCHAR(120) NULL,
    value       INT          NULL,
    PRIMARY KEY (response_id, position),
    CONSTRAINT fk_questionnaire_answer_response FOREIGN KEY (response_id)
        REFERENCES questionnaire_response (id) ON DELETE CASCADE,
    CONSTRAINT ck_questionnaire_answer_position CHECK (position >= 1)
);

-- The three shipped instruments, in our own words (README: citations).
INSERT INTO questionnaire (code, version, title, loinc_code, scoring, min_score, max_score, higher_is_better,
                           mcid, max_missing, show_percent, patient_named_items, min_named_items, max_named_items,
                           rates_change, main_measure, scheduled_by_default)
VALUES ('NECK_DISABILITY', 1, 'Neck and upper back disability index', NULL, 'SUM', 0, 50, FALSE,
        7.5, 1, TRUE, FALSE, NULL, NULL, FALSE, TRUE, TRUE),
       ('PSFS', 1, 'Patient-specific functional scale', NULL, 'MEAN', 0, 10, TRUE,
        2, 1, FALSE, TRUE, 3, 5, FALSE, FALSE, TRUE),
       ('GLOBAL_CHANGE', 1, 'Global rating of change', NULL, 'SINGLE', -3, 3, TRUE,
        NULL, 0, FALSE, FALSE, NULL, NULL, TRUE, FALSE, TRUE);

SET @ndi = (SELECT id FROM questionnaire WHERE code = 'NECK_DISABILITY' AND version = 1);
SET @psfs = (SELECT id FROM questionnaire WHERE code = 'PSFS' AND version = 1);
SET @groc = (SELECT id FROM questionnaire WHERE code = 'GLOBAL_CHANGE' AND version = 1);

INSERT INTO questionnaire_item (questionnaire_id, position, link_id, text, min_value, max_value) VALUES
 (@ndi, 1, 'pain', 'How strong is your neck or upper back pain right now?', 0, 5),
 (@ndi, 2, 'self-care', 'Looking after yourself (washing, dressing)', 0, 5),
 (@ndi, 3, 'lifting', 'Lifting things', 0, 5),
 (@ndi, 4, 'reading', 'Reading', 0, 5),
 (@ndi, 5, 'headaches', 'Headaches', 0, 5),
 (@ndi, 6, 'concentrating', 'Concentrating', 0, 5),
 (@ndi, 7, 'work', 'Work and daily tasks', 0, 5),
 (@ndi, 8, 'travel', 'Driving or travelling', 0, 5),
 (@ndi, 9, 'sleep', 'Sleep', 0, 5),
 (@ndi, 10, 'leisure', 'Leisure activities', 0, 5),
 (@psfs, 1, 'activity', 'How well can you do this activity today?', 0, 10),
 (@groc, 1, 'change', 'Compared with when you started the program, how is your neck and upper back now?', -3, 3);

INSERT INTO questionnaire_option (questionnaire_id, item_position, value, text) VALUES
 (@ndi, 1, 0, 'No pain at the moment'),
 (@ndi, 1, 1, 'Very mild pain'),
 (@ndi, 1, 2, 'Moderate pain'),
 (@ndi, 1, 3, 'Fairly strong pain'),
 (@ndi, 1, 4, 'Very strong pain'),
 (@ndi, 1, 5, 'The worst pain I can imagine'),
 (@ndi, 2, 0, 'I manage as usual, without extra pain'),
 (@ndi, 2, 1, 'I manage as usual, but it adds to the pain'),
 (@ndi, 2, 2, 'It hurts, so I go slowly and carefully'),
 (@ndi, 2, 3, 'I need a little help but manage most of it'),
 (@ndi, 2, 4, 'I need help every day with most of it'),
 (@ndi, 2, 5, 'I cannot wash or dress myself and stay in bed'),
 (@ndi, 3, 0, 'I can lift heavy things without extra pain'),
 (@ndi, 3, 1, 'I can lift heavy things, but it adds to the pain'),
 (@ndi, 3, 2, 'Pain keeps me from lifting heavy things off the floor, but I can if they are at table height'),
 (@ndi, 3, 3, 'I can lift light or medium things only if they are at table height'),
 (@ndi, 3, 4, 'I can lift only very light things'),
 (@ndi, 3, 5, 'I cannot lift or carry anything'),
 (@ndi, 4, 0, 'I can read as long as I like without neck pain'),
 (@ndi, 4, 1, 'I can read as long as I like with slight neck pain'),
 (@ndi, 4, 2, 'I can read as long as I like with moderate neck pain'),
 (@ndi, 4, 3, 'Moderate neck pain stops me reading as long as I like'),
 (@ndi, 4, 4, 'Strong neck pain means I can hardly read'),
 (@ndi, 4, 5, 'I cannot read at all'),
 (@ndi, 5, 0, 'I have no headaches'),
 (@ndi, 5, 1, 'Slight headaches, now and then'),
 (@ndi, 5, 2, 'Moderate headaches, now and then'),
 (@ndi, 5, 3, 'Moderate headaches, often'),
 (@ndi, 5, 4, 'Strong headaches, often'),
 (@ndi, 5, 5, 'Headaches nearly all the time'),
 (@ndi, 6, 0, 'I can concentrate fully without trouble'),
 (@ndi, 6, 1, 'I can concentrate fully with a little trouble'),
 (@ndi, 6, 2, 'Concentrating takes some effort'),
 (@ndi, 6, 3, 'Concentrating takes a lot of effort'),
 (@ndi, 6, 4, 'Concentrating is very hard'),
 (@ndi, 6, 5, 'I cannot concentrate at all'),
 (@ndi, 7, 0, 'I can do as much as I want'),
 (@ndi, 7, 1, 'I can do my usual amount, but no more'),
 (@ndi, 7, 2, 'I can do most of my usual amount, but no more'),
 (@ndi, 7, 3, 'I cannot do my usual amount'),
 (@ndi, 7, 4, 'I can hardly do anything'),
 (@ndi, 7, 5, 'I cannot do any of it'),
 (@ndi, 8, 0, 'I can drive or travel without neck pain'),
 (@ndi, 8, 1, 'As long as I like, with slight neck pain'),
 (@ndi, 8, 2, 'As long as I like, with moderate neck pain'),
 (@ndi, 8, 3, 'Moderate neck pain keeps me from going as long as I like'),
 (@ndi, 8, 4, 'Strong neck pain means I hardly drive or travel'),
 (@ndi, 8, 5, 'I cannot drive or travel at all'),
 (@ndi, 9, 0, 'I sleep without trouble'),
 (@ndi, 9, 1, 'My sleep is a little disturbed (awake less than an hour)'),
 (@ndi, 9, 2, 'My sleep is somewhat disturbed (awake 1 to 2 hours)'),
 (@ndi, 9, 3, 'My sleep is fairly disturbed (awake 2 to 3 hours)'),
 (@ndi, 9, 4, 'My sleep is very disturbed (awake 3 to 5 hours)'),
 (@ndi, 9, 5, 'I hardly sleep at all (awake 5 to 7 hours)'),
 (@ndi, 10, 0, 'I can do all my leisure activities without neck pain'),
 (@ndi, 10, 1, 'I can do all of them, with some neck pain'),
 (@ndi, 10, 2, 'I can do most of them, but not all'),
 (@ndi, 10, 3, 'I can do only a few of them'),
 (@ndi, 10, 4, 'I can hardly do any of them'),
 (@ndi, 10, 5, 'I cannot do any of them'),
 (@psfs, 1, 0, 'Unable to do it'),
 (@psfs, 1, 10, 'Able to do it as well as before the problem'),
 (@groc, 1, -3, 'Much worse'),
 (@groc, 1, -2, 'Moderately worse'),
 (@groc, 1, -1, 'A little worse'),
 (@groc, 1, 0, 'About the same'),
 (@groc, 1, 1, 'A little better'),
 (@groc, 1, 2, 'Moderately better'),
 (@groc, 1, 3, 'Much better');
