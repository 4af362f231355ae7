-- The per-address sign-in throttle (LoginAddresses), kept here rather than in each app instance's
-- memory, so that every instance on this database counts the same failures and refuses the same
-- blocked addresses. One row per client address that failed recently, keyed by the SHA-256 of
-- the address (hex), not the address itself. Rows are changed by single statements (an upsert
-- per failure) and removed once their window and block are over.
CREATE TABLE sign_in_address (
    address_key      CHAR(64) CHARACTER SET ascii NOT NULL,
    failures         INT          NOT NULL DEFAULT 0,
    window_start     TIMESTAMP(6) NULL,
    blocked_until    TIMESTAMP(6) NULL,
    refusal_recorded TIMESTAMP(6) NULL,
    PRIMARY KEY (address_key)
);

CREATE INDEX ix_sign_in_address_window ON sign_in_address (window_start);
