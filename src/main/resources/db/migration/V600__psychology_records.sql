-- The psychological follow-up: one record per person followed, separate from every other module's tables. The case
-- engine keeps the workflow state it checks, clocks and assignments (case_* tables, case types 'psychology-case' and
-- 'psychology-referral'); consents live in care_consent and reads in sensitive_read (the confidentiality layer).
-- Free text (notes, referral reasons, diagnoses, outcomes) is sealed by the application: bytea, never plaintext.

-- an organisational encounter after a critical incident at a unit (group debriefing); it fans out to one
-- individual follow-up per participant
create table psy_incident (
    id           bigserial    primary key,
    unit_id      bigint       not null,
    occurred_on  date         not null,
    held_on      date         not null,
    led_by       varchar(100) not null,
    summary      bytea        not null,
    participants int          not null check (participants > 0),
    created_at   timestamptz  not null
);

create table psy_case (
    id               bigint       primary key,
    reference        varchar(20)  not null unique,
    member_id        bigint,
    family_member_id bigint,
    route            varchar(10)  not null check (route in ('SELF', 'INCIDENT', 'COMMAND', 'MEDICAL')),
    incident_id      bigint       references psy_incident (id),
    -- who referred (command or medical referral): they get back only the structured outcome
    referrer         varchar(100),
    reason           bytea,
    diagnosis        bytea,
    centre_unit_id   bigint,
    state            varchar(20)  not null,
    outcome          varchar(20)  check (outcome in ('SEEN', 'FOLLOW_UP', 'FIT', 'RESTRICTED', 'UNFIT')),
    -- the ANONYMOUS_STATS consent scope as it stands, kept with the scope's every change: aggregates count only these
    stats_consent    boolean      not null default false,
    opened_at        timestamptz  not null,
    closed_at        timestamptz,
    version          bigint       not null default 0,
    check ((member_id is null) <> (family_member_id is null)),
    check (route not in ('COMMAND', 'MEDICAL') or referrer is not null)
);
create sequence psy_case_seq;
create index psy_case_member on psy_case (member_id);
create index psy_case_family on psy_case (family_member_id);
create index psy_case_referrer on psy_case (referrer, opened_at desc);
create index psy_case_unassigned on psy_case (opened_at) where state = 'NEW';

-- the care team: the psychologists assigned to a case (the psychology lead reaches every case without a row here)
create table psy_care_team (
    case_id     bigint       not null references psy_case (id),
    username    varchar(100) not null,
    assigned_at timestamptz  not null,
    primary key (case_id, username)
);
create index psy_care_team_user on psy_care_team (username, case_id);

-- PROGRESS notes are read by the care team; PROCESS notes by their author only, never exported nor shown under
-- break-the-glass
create table psy_note (
    id         bigserial    primary key,
    case_id    bigint       not null references psy_case (id),
    kind       varchar(10)  not null check (kind in ('PROGRESS', 'PROCESS')),
    author     varchar(100) not null,
    body       bytea        not null,
    written_at timestamptz  not null
);
create index psy_note_case on psy_note (case_id, written_at desc);

create table psy_appointment (
    id             bigserial    primary key,
    case_id        bigint       not null references psy_case (id),
    psychologist   varchar(100) not null,
    centre_unit_id bigint       not null,
    starts_at      timestamptz  not null,
    ends_at        timestamptz  not null,
    kind           varchar(10)  not null check (kind in ('INDIVIDUAL', 'COUPLE', 'FAMILY', 'GROUP')),
    mode           varchar(10)  not null check (mode in ('IN_PERSON', 'VIDEO')),
    status         varchar(10)  not null check (status in ('BOOKED', 'HELD', 'MISSED', 'CANCELLED')),
    reminded_at    timestamptz,
    check (ends_at > starts_at)
);
create index psy_appointment_agenda on psy_appointment (psychologist, starts_at);
create index psy_appointment_case on psy_appointment (case_id, starts_at);
create index psy_appointment_remind on psy_appointment (starts_at) where status = 'BOOKED' and reminded_at is null;

-- referrals out: to the police hospital's psychiatrist or the ministry's services
create table psy_referral (
    id         bigint       primary key,
    case_id    bigint       not null references psy_case (id),
    target     varchar(20)  not null check (target in ('PSYCHIATRIST', 'MINISTRY')),
    reason     bytea        not null,
    state      varchar(20)  not null,
    outcome    bytea,
    created_by varchar(100) not null,
    created_at timestamptz  not null,
    closed_at  timestamptz,
    version    bigint       not null default 0,
    check (state <> 'CLOSED' or outcome is not null)
);
create sequence psy_referral_seq;
create index psy_referral_case on psy_referral (case_id);

-- who is on call, per day: the only psychologist who may break the glass that day
create table psy_on_call (
    day        date         primary key,
    username   varchar(100) not null,
    set_by     varchar(100) not null,
    set_at     timestamptz  not null
);
