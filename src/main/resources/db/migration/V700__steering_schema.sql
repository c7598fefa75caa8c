-- steering: the agreement as a living object, its results framework, the joint follow-up committee

create table steering_agreement (
    id              bigserial    primary key,
    code            varchar(40)  not null unique,
    title_ar        varchar(500) not null,
    title_fr        varchar(500) not null,
    signed_on       date         not null,
    place_ar        varchar(300) not null,
    place_fr        varchar(300) not null,
    duration_years  integer      not null check (duration_years > 0),
    renewal_ar      varchar(1000) not null,
    renewal_fr      varchar(1000) not null
);

-- the two parties and who signed for each
create table steering_party (
    code            varchar(20)  primary key check (code in ('MINISTRY', 'DGSN')),
    name_ar         varchar(300) not null,
    name_fr         varchar(300) not null,
    signatory_ar    varchar(300) not null,
    signatory_fr    varchar(300) not null
);

create table steering_article (
    id              bigserial    primary key,
    agreement_id    bigint       not null references steering_agreement (id),
    number          integer      not null,
    title_ar        varchar(300) not null,
    title_fr        varchar(300) not null,
    unique (agreement_id, number)
);

create table steering_commitment (
    id              bigserial    primary key,
    article_id      bigint       not null references steering_article (id),
    party_code      varchar(20)  not null references steering_party (code),
    text_ar         varchar(1000) not null,
    text_fr         varchar(1000) not null
);
create index steering_commitment_article on steering_commitment (article_id);

-- versions: the original text, then each amendment (avenant), effective from a date; content is the full text
create table steering_version (
    id              bigserial    primary key,
    agreement_id    bigint       not null references steering_agreement (id),
    number          integer      not null,
    kind            varchar(20)  not null check (kind in ('ORIGINAL', 'AMENDMENT')),
    effective_on    date         not null,
    content_ar      text         not null,
    content_fr      text         not null,
    created_by      varchar(60)  not null,
    created_at      timestamptz  not null default now(),
    unique (agreement_id, number)
);

-- a co-chair's approval of one version, against the hash of the text approved
create table steering_version_approval (
    version_id      bigint       not null references steering_version (id),
    party_code      varchar(20)  not null references steering_party (code),
    username        varchar(60)  not null,
    content_hash    char(64)     not null,
    approved_at     timestamptz  not null default now(),
    primary key (version_id, party_code)
);

create table steering_annex (
    id              bigserial    primary key,
    version_id      bigint       not null references steering_version (id),
    title           varchar(300) not null,
    filename        varchar(300) not null,
    content_type    varchar(100) not null,
    content         bytea        not null,
    sha256          char(64)     not null,
    added_by        varchar(60)  not null,
    added_at        timestamptz  not null default now()
);

-- results framework: objective -> result -> indicator
create table steering_objective (
    id              bigserial    primary key,
    code            varchar(20)  not null unique,
    title_ar        varchar(500) not null,
    title_fr        varchar(500) not null
);

create table steering_result (
    id              bigserial    primary key,
    objective_id    bigint       not null references steering_objective (id),
    code            varchar(20)  not null unique,
    title_ar        varchar(500) not null,
    title_fr        varchar(500) not null
);

create table steering_indicator (
    id              bigserial    primary key,
    result_id       bigint       not null references steering_result (id),
    commitment_id   bigint       references steering_commitment (id),
    code            varchar(40)  not null unique,
    name_ar         varchar(500) not null,
    name_fr         varchar(500) not null,
    definition_ar   varchar(2000) not null,
    definition_fr   varchar(2000) not null,
    unit            varchar(20)  not null check (unit in ('COUNT', 'PERCENT', 'RATIO')),
    factor          integer      not null default 1,
    source          varchar(20)  not null check (source in ('COMPUTED', 'MANUAL')),
    -- for a computed indicator: the key of the module figure it reads (e.g. training.certificates)
    source_key      varchar(80),
    disaggregation  varchar(20)  not null default 'NONE' check (disaggregation in ('NONE', 'CENTRE', 'WILAYA')),
    sensitive       boolean      not null default false,
    baseline        numeric(14, 2),
    check (source = 'MANUAL' or source_key is not null)
);

-- targets per year, national ('') or per centre / wilaya code
create table steering_target (
    indicator_id    bigint       not null references steering_indicator (id),
    year            integer      not null,
    scope_key       varchar(40)  not null default '',
    target          numeric(14, 2) not null,
    primary key (indicator_id, year, scope_key)
);

-- a manual figure with its evidence file
create table steering_manual_value (
    id              bigserial    primary key,
    indicator_id    bigint       not null references steering_indicator (id),
    year            integer      not null,
    scope_key       varchar(40)  not null default '',
    numerator       numeric(14, 2) not null,
    denominator     numeric(14, 2),
    evidence_name   varchar(300) not null,
    evidence_type   varchar(100) not null,
    evidence        bytea        not null,
    entered_by      varchar(60)  not null,
    entered_at      timestamptz  not null default now(),
    unique (indicator_id, year, scope_key)
);

-- a reporting period (a year, or a month of it) is locked, then approved by both co-chairs; locked figures are kept
create table steering_period (
    id              bigserial    primary key,
    year            integer      not null,
    month           integer      check (month between 1 and 12),
    status          varchar(20)  not null default 'OPEN' check (status in ('OPEN', 'LOCKED', 'APPROVED')),
    locked_by       varchar(60),
    locked_at       timestamptz,
    unique (year, month)
);
create unique index steering_period_year on steering_period (year) where month is null;

create table steering_period_approval (
    period_id       bigint       not null references steering_period (id),
    party_code      varchar(20)  not null references steering_party (code),
    username        varchar(60)  not null,
    approved_at     timestamptz  not null default now(),
    primary key (period_id, party_code)
);

create table steering_figure (
    period_id       bigint       not null references steering_period (id),
    indicator_id    bigint       not null references steering_indicator (id),
    scope_key       varchar(40)  not null default '',
    numerator       numeric(14, 2) not null,
    denominator     numeric(14, 2),
    primary key (period_id, indicator_id, scope_key)
);

-- the joint follow-up committee: members of both parties, one co-chair per party
create table steering_member (
    username        varchar(60)  primary key,
    party_code      varchar(20)  not null references steering_party (code),
    role_ar         varchar(200) not null,
    role_fr         varchar(200) not null,
    co_chair        boolean      not null default false
);
create unique index steering_one_chair_per_party on steering_member (party_code) where co_chair;

create table steering_meeting (
    id              bigserial    primary key,
    year            integer      not null,
    number          integer      not null,
    kind            varchar(20)  not null check (kind in ('ORDINARY', 'EXTRAORDINARY')),
    scheduled_at    timestamptz  not null,
    place           varchar(300) not null,
    status          varchar(20)  not null default 'PLANNED'
        check (status in ('PLANNED', 'CONVENED', 'OPENED', 'CLOSED', 'APPROVED')),
    convened_at     timestamptz,
    minutes         text         not null default '',
    minutes_hash    char(64),
    frozen_at       timestamptz,
    unique (year, number)
);

create table steering_attendance (
    meeting_id      bigint       not null references steering_meeting (id),
    username        varchar(60)  not null references steering_member (username),
    present         boolean      not null,
    primary key (meeting_id, username)
);

create table steering_agenda_item (
    id              bigserial    primary key,
    meeting_id      bigint       not null references steering_meeting (id),
    position        integer      not null,
    title           varchar(500) not null,
    article_id      bigint       references steering_article (id),
    commitment_id   bigint       references steering_commitment (id),
    indicator_id    bigint       references steering_indicator (id),
    -- an open action carried from an earlier meeting
    carried_outcome_id bigint,
    unique (meeting_id, position)
);

create table steering_outcome (
    id              bigserial    primary key,
    item_id         bigint       not null references steering_agenda_item (id),
    kind            varchar(20)  not null check (kind in ('INFORMATION', 'DECISION', 'ACTION')),
    text            varchar(2000) not null,
    decision_year   integer,
    decision_number integer,
    owner_username  varchar(60),
    due_on          date,
    status          varchar(20)  check (status in ('OPEN', 'DONE', 'CANCELLED')),
    created_by      varchar(60)  not null,
    created_at      timestamptz  not null default now(),
    unique (decision_year, decision_number),
    check (kind <> 'DECISION' or decision_number is not null),
    check (kind <> 'ACTION' or (owner_username is not null and due_on is not null and status is not null))
);
alter table steering_agenda_item add constraint steering_item_carried
    foreign key (carried_outcome_id) references steering_outcome (id);
create index steering_outcome_open_actions on steering_outcome (owner_username, due_on) where kind = 'ACTION' and status = 'OPEN';

create table steering_minutes_approval (
    meeting_id      bigint       not null references steering_meeting (id),
    party_code      varchar(20)  not null references steering_party (code),
    username        varchar(60)  not null,
    minutes_hash    char(64)     not null,
    approved_at     timestamptz  not null default now(),
    primary key (meeting_id, party_code)
);
