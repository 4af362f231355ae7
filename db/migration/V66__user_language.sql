-- The language a user chose for the app; NULL means "follow the browser".
ALTER TABLE user_account
    ADD COLUMN language VARCHAR(8) NULL,
    ADD CONSTRAINT user_account_language_known CHECK (language IS NULL OR language IN ('en', 'de', 'es'));
