-- Questionnaires given within a psychological record: the instrument's code and version as scored, the answers
-- sealed by the application (SealedText: AES-256-GCM, never readable from a dump), the total and band kept plain
-- for trend charts and suppressed aggregates.
-- record_id is the psychology record (psy_case, engineer B's V600); no foreign key yet because that table
-- lands in a separate migration on its own branch: a later migration adds the constraint once both are on main.
create table psy_administration (
    id                 bigserial    primary key,
    record_id          bigint       not null,
    instrument_code    varchar(20)  not null,
    instrument_version int          not null,
    answers            bytea        not null,
    total              int          not null,
    band_key           varchar(80)  not null,
    safety_alert       boolean      not null,
    administered_at    timestamptz  not null,
    administered_by    varchar(100) not null
);
create index psy_administration_record on psy_administration (record_id, instrument_code, administered_at);

-- The safety rule (PHQ-9 item 9 above 0): one alert per administration, raised in the same transaction, told to
-- the on-call psychologists, handled once (who, when, how — the how sealed, it may describe the person).
create table psy_safety_alert (
    id               bigserial    primary key,
    administration_id bigint      not null unique references psy_administration (id),
    record_id        bigint       not null,
    raised_at        timestamptz  not null,
    raised_by        varchar(100) not null,
    notified         varchar(1000) not null,
    handled_by       varchar(100),
    handled_at       timestamptz,
    handling         bytea,
    version          int          not null default 0,
    check ((handled_by is null) = (handled_at is null) and (handled_at is null) = (handling is null))
);
create index psy_safety_alert_open on psy_safety_alert (raised_at) where handled_at is null;

-- The anonymous self-check: a count per instrument and band, nothing else (no time, no address, no answers).
create table psy_selfcheck_count (
    instrument_code varchar(20) not null,
    band_key        varchar(80) not null,
    count           bigint      not null,
    primary key (instrument_code, band_key)
);
