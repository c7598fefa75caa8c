-- The case engine's generic tables. A module's aggregate keeps its own table and business fields; the engine keeps,
-- per (case_type, case_id), the workflow state it checks transitions against, the owner, and the SLA clocks with
-- their paused spans, so paused time belongs to the case and survives a change of category or policy.
create table case_record (
    case_type   varchar(40)  not null,
    case_id     bigint       not null,
    state       varchar(40)  not null,
    state_since timestamptz  not null,
    owner       varchar(100),
    opened_at   timestamptz  not null,
    primary key (case_type, case_id)
);

create table case_transition (
    id         bigserial primary key,
    case_type  varchar(40)  not null,
    case_id    bigint       not null,
    from_state varchar(40),
    to_state   varchar(40)  not null,
    actor      varchar(100) not null,
    reason     varchar(1000),
    at         timestamptz  not null
);
create index case_transition_case on case_transition (case_type, case_id, id);

create table case_assignment (
    id         bigserial primary key,
    case_type  varchar(40)  not null,
    case_id    bigint       not null,
    assignee   varchar(100) not null,
    previous   varchar(100),
    reason     varchar(1000),
    actor      varchar(100) not null,
    at         timestamptz  not null
);
create index case_assignment_case on case_assignment (case_type, case_id, id);

-- one row per clock kind and case; target in seconds of working time; paused_since = an open pause
create table case_clock (
    id             bigserial primary key,
    case_type      varchar(40) not null,
    case_id        bigint      not null,
    clock          varchar(20) not null check (clock in ('FIRST_RESPONSE', 'UPDATE', 'RESOLUTION')),
    target_seconds bigint      not null check (target_seconds > 0),
    started_at     timestamptz not null,
    stopped_at     timestamptz,
    paused_since   timestamptz,
    unique (case_type, case_id, clock)
);

-- closed pauses, merged (no two spans of a clock overlap)
create table case_clock_pause (
    clock_id bigint      not null references case_clock (id) on delete cascade,
    from_at  timestamptz not null,
    to_at    timestamptz not null check (to_at > from_at),
    primary key (clock_id, from_at)
);

-- the escalation steps of a clock not reached yet: due_at is when the step is reached if the clock keeps running
-- (null while paused or stopped), recomputed on every change of the clock. The sweep deletes the steps it reaches
-- and inserts their escalations in one statement over the partial index (a delete writes no new row version,
-- which keeps a sweep of hundreds of thousands of steps cheap); the case's key is copied here so no join is needed.
create table case_clock_step (
    clock_id    bigint      not null references case_clock (id) on delete cascade,
    level       smallint    not null,
    case_type   varchar(40) not null,
    case_id     bigint      not null,
    clock       varchar(20) not null,
    percent     smallint    not null check (percent > 0),
    escalate_to varchar(60) not null,
    due_at      timestamptz,
    primary key (clock_id, level)
);
create index case_clock_step_due on case_clock_step (due_at) where due_at is not null;

create table case_escalation (
    id          bigserial primary key,
    case_type   varchar(40)  not null,
    case_id     bigint       not null,
    clock       varchar(20)  not null,
    level       smallint     not null,
    percent     smallint     not null,
    escalate_to varchar(60)  not null,
    owner       varchar(100),
    due_at      timestamptz  not null,
    at          timestamptz  not null
);
create index case_escalation_case on case_escalation (case_type, case_id, id);

create table case_decision (
    id           bigserial primary key,
    case_type    varchar(40)   not null,
    case_id      bigint        not null,
    outcome      varchar(40)   not null,
    grounds      varchar(4000),
    amount       numeric(14, 2) check (amount is null or amount >= 0),
    authority    varchar(200)  not null,
    decided_on   date          not null,
    appeal_until date          not null,
    recorded_by  varchar(100)  not null,
    recorded_at  timestamptz   not null
);
create index case_decision_case on case_decision (case_type, case_id, id);
