-- Children's vaccinations: the national calendar as versioned reference data applied by birth cohort, each
-- child's computed schedule, the doses recorded, and the background recomputations after a new version.

create table vaccination_calendar (
    id           bigserial primary key,
    code         varchar(40)  not null unique,
    title_ar     varchar(300) not null,
    title_fr     varchar(300) not null,
    title_en     varchar(300) not null,
    source       text         not null,
    cohort_from  date         not null,
    status       varchar(20)  not null default 'DRAFT' check (status in ('DRAFT', 'PUBLISHED')),
    published_at timestamptz,
    published_by varchar(100),
    created_by   varchar(100) not null,
    created_at   timestamptz  not null default now()
);
-- at most one published version per cohort start: the cohort rule must pick exactly one
create unique index vaccination_calendar_cohort on vaccination_calendar (cohort_from) where status = 'PUBLISHED';

create table vaccination_calendar_dose (
    id           bigserial primary key,
    calendar_id  bigint       not null references vaccination_calendar (id) on delete cascade,
    antigen      varchar(20)  not null,
    dose_no      int          not null check (dose_no between 0 and 20),
    due_age      varchar(20)  not null,  -- ISO-8601 period from birth, e.g. P2M
    earliest_age varchar(20)  not null,
    min_interval varchar(20)  not null,  -- since the previous dose of the same antigen series
    label_ar     varchar(200) not null,
    label_fr     varchar(200) not null,
    label_en     varchar(200) not null,
    unique (calendar_id, antigen, dose_no)
);

-- The cohort each child was scheduled under (a copy of the birth date and the family's wilaya, so that the
-- centre lists and the recomputation stay set-based at national scale).
create table vaccination_child (
    family_member_id bigint      primary key,
    member_id        bigint      not null,
    wilaya_code      varchar(2),
    birth_date       date        not null,
    calendar_id      bigint      not null references vaccination_calendar (id),
    computed_at      timestamptz not null default now()
);
create index vaccination_child_member on vaccination_child (member_id);
create index vaccination_child_calendar on vaccination_child (calendar_id, birth_date);

-- One row per dose a child's calendar plans; done once given or given elsewhere (a not-given dose stays open).
create table vaccination_due (
    family_member_id bigint      not null references vaccination_child (family_member_id) on delete cascade,
    antigen          varchar(20) not null,
    dose_no          int         not null,
    calendar_id      bigint      not null,
    dose_id          bigint      not null,
    member_id        bigint      not null,
    wilaya_code      varchar(2),
    due_date         date        not null,
    earliest_date    date        not null,
    done             boolean     not null default false,
    refused          boolean     not null default false,
    catch_up_job     bigint,
    reminded_on      date,
    primary key (family_member_id, antigen, dose_no)
);
create index vaccination_due_open on vaccination_due (wilaya_code, due_date) where not done;
create index vaccination_due_catch_up on vaccination_due (catch_up_job) where catch_up_job is not null;

create table vaccination_record (
    id               bigserial primary key,
    family_member_id bigint       not null,
    member_id        bigint       not null,
    antigen          varchar(20)  not null,
    dose_no          int          not null,
    outcome          varchar(20)  not null check (outcome in ('GIVEN', 'NOT_GIVEN', 'HISTORICAL')),
    given_on         date         not null,
    lot              varchar(60),
    lot_expiry       date,
    site             varchar(30),
    route            varchar(30),
    given_by         varchar(200),
    place            varchar(300),
    reason           varchar(30),
    note             varchar(1000),
    in_error         boolean      not null default false,
    error_reason     varchar(1000),
    recorded_by      varchar(100) not null,
    recorded_at      timestamptz  not null default now(),
    corrected_by     varchar(100),
    corrected_at     timestamptz
);
create index vaccination_record_child on vaccination_record (family_member_id, antigen, dose_no);
-- a dose counts once: one valid given or historical record per child, antigen and dose
create unique index vaccination_record_once on vaccination_record (family_member_id, antigen, dose_no)
    where not in_error and outcome in ('GIVEN', 'HISTORICAL');

create table vaccination_job (
    id           bigserial primary key,
    calendar_id  bigint       not null references vaccination_calendar (id),
    status       varchar(20)  not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'INTERRUPTED')),
    total        int          not null default 0,
    processed    int          not null default 0,
    children     int          not null default 0,
    catch_up     int          not null default 0,
    error        varchar(1000),
    created_by   varchar(100) not null,
    created_at   timestamptz  not null default now(),
    finished_at  timestamptz
);
