-- Tables the command side writes in the same transaction as the events.

-- "A card number belongs to one patient": every card number handed out.
CREATE TABLE card_number_claim (
    card_number VARCHAR(32) NOT NULL PRIMARY KEY,
    patient_id  UUID        NOT NULL,
    claimed_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Per-subject keys that personal data in events is sealed with, wrapped with the master key.
-- Erasure (crypto-shredding) deletes the wrapped key and keeps a tombstone, so the subject stays erased.
CREATE TABLE personal_data_key (
    subject      VARCHAR(64) NOT NULL PRIMARY KEY,
    wrapped_key  BYTEA,
    created_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    destroyed_at TIMESTAMPTZ,
    CONSTRAINT personal_data_key_destroyed CHECK ((wrapped_key IS NULL) = (destroyed_at IS NOT NULL))
);

-- Client request ids of acknowledged commands, so a retried request returns the first answer and stores nothing.
CREATE TABLE command_request (
    actor_id        VARCHAR(200) NOT NULL,
    request_id      VARCHAR(100) NOT NULL,
    command_type    VARCHAR(200) NOT NULL,
    fingerprint     VARCHAR(64)  NOT NULL,
    aggregate_id    VARCHAR(64)  NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT command_request_pkey PRIMARY KEY (actor_id, request_id)
);
CREATE INDEX command_request_created_at ON command_request (created_at);
