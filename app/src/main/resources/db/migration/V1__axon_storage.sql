-- Axon's storage, owned by our migrations (Axon never creates tables here).
-- Names follow Axon's JDBC defaults, unquoted, so PostgreSQL folds them to lower case.
-- Serialized payloads are bytea holding UTF-8 JSON: read them with convert_from(payload, 'UTF8').

CREATE TABLE domainevententry (
    -- bigserial: one value per insert (no block allocation), so the global index has no gaps from caching.
    globalindex         BIGSERIAL    NOT NULL,
    aggregateidentifier VARCHAR(255) NOT NULL,
    sequencenumber      BIGINT       NOT NULL,
    type                VARCHAR(255),
    eventidentifier     VARCHAR(255) NOT NULL,
    metadata            BYTEA,
    payload             BYTEA        NOT NULL,
    payloadrevision     VARCHAR(255),
    payloadtype         VARCHAR(255) NOT NULL,
    timestamp           VARCHAR(255) NOT NULL,
    CONSTRAINT domainevententry_pkey PRIMARY KEY (globalindex),
    CONSTRAINT domainevententry_aggregate_sequence UNIQUE (aggregateidentifier, sequencenumber),
    CONSTRAINT domainevententry_event_identifier UNIQUE (eventidentifier)
);

CREATE TABLE snapshotevententry (
    aggregateidentifier VARCHAR(255) NOT NULL,
    sequencenumber      BIGINT       NOT NULL,
    type                VARCHAR(255) NOT NULL,
    eventidentifier     VARCHAR(255) NOT NULL,
    metadata            BYTEA,
    payload             BYTEA        NOT NULL,
    payloadrevision     VARCHAR(255),
    payloadtype         VARCHAR(255) NOT NULL,
    timestamp           VARCHAR(255) NOT NULL,
    CONSTRAINT snapshotevententry_pkey PRIMARY KEY (aggregateidentifier, sequencenumber),
    CONSTRAINT snapshotevententry_event_identifier UNIQUE (eventidentifier)
);

CREATE TABLE tokenentry (
    processorname VARCHAR(255) NOT NULL,
    segment       INTEGER      NOT NULL,
    token         BYTEA,
    tokentype     VARCHAR(255),
    timestamp     VARCHAR(255),
    owner         VARCHAR(255),
    CONSTRAINT tokenentry_pkey PRIMARY KEY (processorname, segment)
);

CREATE TABLE sagaentry (
    sagaid         VARCHAR(255) NOT NULL,
    revision       VARCHAR(255),
    sagatype       VARCHAR(255),
    serializedsaga BYTEA,
    CONSTRAINT sagaentry_pkey PRIMARY KEY (sagaid)
);

CREATE TABLE associationvalueentry (
    id               BIGSERIAL NOT NULL,
    associationkey   VARCHAR(255),
    associationvalue VARCHAR(255),
    sagaid           VARCHAR(255),
    sagatype         VARCHAR(255),
    CONSTRAINT associationvalueentry_pkey PRIMARY KEY (id)
);
CREATE INDEX associationvalueentry_lookup ON associationvalueentry (sagatype, associationkey, associationvalue);
CREATE INDEX associationvalueentry_saga ON associationvalueentry (sagaid, sagatype);

CREATE TABLE deadletterentry (
    deadletteridentifier VARCHAR(255)  NOT NULL,
    processinggroup      VARCHAR(255)  NOT NULL,
    sequenceidentifier   VARCHAR(255)  NOT NULL,
    sequenceindex        BIGINT        NOT NULL,
    messagetype          VARCHAR(255)  NOT NULL,
    eventidentifier      VARCHAR(255)  NOT NULL,
    timestamp            VARCHAR(255)  NOT NULL,
    payloadtype          VARCHAR(255)  NOT NULL,
    payloadrevision      VARCHAR(255),
    payload              BYTEA         NOT NULL,
    metadata             BYTEA,
    type                 VARCHAR(255),
    aggregateidentifier  VARCHAR(255),
    sequencenumber       BIGINT,
    tokentype            VARCHAR(255),
    token                BYTEA,
    enqueuedat           VARCHAR(255)  NOT NULL,
    lasttouched          VARCHAR(255),
    processingstarted    VARCHAR(255),
    causetype            VARCHAR(255),
    causemessage         VARCHAR(1023),
    diagnostics          BYTEA,
    CONSTRAINT deadletterentry_pkey PRIMARY KEY (deadletteridentifier),
    CONSTRAINT deadletterentry_sequence_index UNIQUE (processinggroup, sequenceidentifier, sequenceindex)
);
CREATE INDEX deadletterentry_processing_group ON deadletterentry (processinggroup);
CREATE INDEX deadletterentry_sequence ON deadletterentry (processinggroup, sequenceidentifier);
