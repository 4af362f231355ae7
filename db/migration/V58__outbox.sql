-- The outbox (module mail): every message to a person outside the app is a row first, sent by a
-- scheduled worker that retries with back-off. UNIQUE(recipient, kind, occasion) queues a message
-- once. The payload holds only small key/values for the template (never health data, never a
-- message body); last_error holds the delivery error, never the message. A worker claims a row by
-- writing its claim (claim_token, claimed_at) in one conditional UPDATE, so two app instances on
-- one database never send the same row; a claim older than the lease counts as abandoned.
CREATE TABLE outbox_message (
    id                BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient_id      BIGINT       NOT NULL,
    channel           VARCHAR(8)   NOT NULL,
    kind              VARCHAR(64)  NOT NULL,
    occasion          VARCHAR(128) NOT NULL,
    payload           VARCHAR(2000) NOT NULL DEFAULT '',
    created_at        TIMESTAMP(6) NOT NULL,
    due_at            TIMESTAMP(6) NOT NULL,
    attempts          INT          NOT NULL DEFAULT 0,
    next_attempt_at   TIMESTAMP(6) NOT NULL,
    last_error        VARCHAR(500) NULL,
    sent_at           TIMESTAMP(6) NULL,
    failed_at         TIMESTAMP(6) NULL,
    claim_token       VARCHAR(80)  NULL,
    claimed_at        TIMESTAMP(6) NULL,
    CONSTRAINT uq_outbox_once UNIQUE (recipient_id, kind, occasion),
    CONSTRAINT fk_outbox_recipient FOREIGN KEY (recipient_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT ck_outbox_channel CHECK (channel IN ('EMAIL', 'PUSH')),
    CONSTRAINT ck_outbox_attempts CHECK (attempts >= 0),
    CONSTRAINT ck_outbox_kind CHECK (kind <> '' AND occasion <> ''),
    CONSTRAINT ck_outbox_sent_or_failed CHECK (sent_at IS NULL OR failed_at IS NULL)
);

CREATE INDEX ix_outbox_due ON outbox_message (sent_at, failed_at, next_attempt_at);
