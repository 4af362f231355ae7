-- A scheduled prescription version that a later decision replaced: advancing a phase withdraws the
-- versions of the old phase dated after the new phase starts, so none of them silently takes over.
-- prescription rows stay immutable; the withdrawal is a fact of its own.
CREATE TABLE prescription_withdrawal (
    prescription_id  BIGINT       NOT NULL PRIMARY KEY,
    withdrawn_at     TIMESTAMP(6) NOT NULL,
    withdrawn_by     BIGINT       NOT NULL,
    replaced_by      BIGINT       NOT NULL,
    CONSTRAINT fk_prescription_withdrawal_prescription FOREIGN KEY (prescription_id) REFERENCES prescription (id),
    CONSTRAINT fk_prescription_withdrawal_by FOREIGN KEY (withdrawn_by) REFERENCES user_account (id),
    CONSTRAINT fk_prescription_withdrawal_replaced_by FOREIGN KEY (replaced_by) REFERENCES prescription (id),
    CONSTRAINT ck_prescription_withdrawal_self CHECK (replaced_by <> prescription_id)
);
CREATE INDEX ix_prescription_withdrawal_replaced_by ON prescription_withdrawal (replaced_by);
