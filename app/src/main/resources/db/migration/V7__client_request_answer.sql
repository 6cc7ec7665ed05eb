-- A request repeated under its client request id gets the first answer again, as payment APIs do with idempotency
-- keys. The answer may hold the patient's personal data as the caller saw it: it is kept sealed with the patient's key.
ALTER TABLE command_request ADD COLUMN answer_sealed TEXT;
