-- A pause now always gets a reason (ProgramService.pause asks for one, at most 200 characters, the column's size).
-- Pauses from before that rule, and those whose reason erasure removed, keep NULL; a reason that is there is
-- never blank.
UPDATE program_pause SET reason = NULL WHERE TRIM(reason) = '';
ALTER TABLE program_pause
    ADD CONSTRAINT ck_program_pause_reason CHECK (reason IS NULL OR CHAR_LENGTH(TRIM(reason)) > 0);
