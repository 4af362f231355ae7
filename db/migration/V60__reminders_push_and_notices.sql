-- Reminders, Web Push and therapist notices (issue 10, items 5-7). The messages themselves are rows of
-- the mail module's outbox; these tables hold only who wants what, and the keys that sign and push.

-- A patient's reminder choice: on or off, one or two local times of day (the patient's own zone).
-- A row with enabled = FALSE is also the answer "not now" to the offer on Today, which is then not
-- shown again. push_offer_closed: the Web Push offer on Today was answered (yes or no).
CREATE TABLE reminder_setting (
    patient_id        BIGINT       NOT NULL,
    enabled           BOOLEAN      NOT NULL,
    first_time        TIME         NULL,
    second_time       TIME         NULL,
    push_offer_closed BOOLEAN      NOT NULL DEFAULT FALSE,
    updated_at        TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (patient_id),
    CONSTRAINT fk_reminder_setting_patient FOREIGN KEY (patient_id) REFERENCES patient (id),
    CONSTRAINT ck_reminder_times CHECK (enabled = FALSE OR first_time IS NOT NULL),
    CONSTRAINT ck_reminder_second CHECK (second_time IS NULL
                                         OR (first_time IS NOT NULL AND second_time <> first_time))
);

-- Keys made once at the first start and kept here, never in files or the repository: the key that
-- signs unsubscribe links and the VAPID key pair of Web Push. Inserted with INSERT IGNORE, so two
-- instances starting together agree on the first one.
CREATE TABLE reach_key (
    name       VARCHAR(40)  CHARACTER SET ascii NOT NULL,
    key_value  VARCHAR(400) CHARACTER SET ascii NOT NULL,
    created_at TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (name),
    CONSTRAINT ck_reach_key_value CHECK (CHAR_LENGTH(key_value) > 0)
);

-- A browser's Web Push subscription, per account (a patient may have a phone and a tablet).
CREATE TABLE push_subscription (
    id         BIGINT        NOT NULL AUTO_INCREMENT,
    account_id BIGINT        NOT NULL,
    endpoint   VARCHAR(1000) CHARACTER SET ascii NOT NULL,
    p256dh     VARCHAR(200)  CHARACTER SET ascii NOT NULL,
    auth       VARCHAR(100)  CHARACTER SET ascii NOT NULL,
    created_at TIMESTAMP(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uq_push_subscription_endpoint UNIQUE (endpoint),
    CONSTRAINT fk_push_subscription_account FOREIGN KEY (account_id) REFERENCES user_account (id),
    CONSTRAINT ck_push_subscription_endpoint CHECK (endpoint LIKE 'https://%')
);

CREATE INDEX ix_push_subscription_account ON push_subscription (account_id);

-- A therapist's notices: at once on a red flag or critical alert, and a morning digest (a count)
-- at digest_time in the therapist's own zone.
CREATE TABLE therapist_notice_setting (
    account_id  BIGINT       NOT NULL,
    immediate   BOOLEAN      NOT NULL,
    digest      BOOLEAN      NOT NULL,
    digest_time TIME         NOT NULL,
    time_zone   VARCHAR(64)  NOT NULL,
    updated_at  TIMESTAMP(6) NOT NULL,
    PRIMARY KEY (account_id),
    CONSTRAINT fk_therapist_notice_account FOREIGN KEY (account_id) REFERENCES user_account (id),
    CONSTRAINT ck_therapist_notice_zone CHECK (CHAR_LENGTH(time_zone) > 0)
);
