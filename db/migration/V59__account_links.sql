-- Invitation and password-reset links (module security). A row is made when the link is asked for;
-- its token is made when the e-mail is sent (so no secret waits in the outbox) and kept only as its
-- SHA-256 (hex). A link works once (used_at) and until expires_at: 72 hours for an invitation, 30
-- minutes for a reset.
CREATE TABLE account_link (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id   BIGINT       NOT NULL,
    purpose      VARCHAR(16)  NOT NULL,
    requested_at TIMESTAMP(6) NOT NULL,
    token_hash   CHAR(64) CHARACTER SET ascii NULL,
    issued_at    TIMESTAMP(6) NULL,
    expires_at   TIMESTAMP(6) NULL,
    used_at      TIMESTAMP(6) NULL,
    CONSTRAINT uq_account_link_token UNIQUE (token_hash),
    CONSTRAINT fk_account_link_account FOREIGN KEY (account_id) REFERENCES user_account (id) ON DELETE CASCADE,
    CONSTRAINT ck_account_link_purpose CHECK (purpose IN ('INVITATION', 'RESET')),
    CONSTRAINT ck_account_link_issued CHECK ((token_hash IS NULL) = (expires_at IS NULL))
);

CREATE INDEX ix_account_link_requests ON account_link (account_id, purpose, requested_at);

-- When a password was last replaced through a link or by an admin: a session signed in before it is
-- refused on every app instance (CurrentUser), not only on the one that ended its sessions.
ALTER TABLE user_account ADD COLUMN credentials_changed_at TIMESTAMP(6) NULL;
