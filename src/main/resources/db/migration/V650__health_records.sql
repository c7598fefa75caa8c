-- Family health: one record per person of the registry (a member or one of a member's family), the coded problem
-- list, visits at a social-medical centre. Clinical text (allergies, medications, notes, diagnoses, prescriptions)
-- is sealed by the confidentiality layer (bytea ciphertext), never stored in clear.
create table health_record (
    id                bigserial    primary key,
    member_id         bigint       references people_member (id),
    family_member_id  bigint       references people_family_member (id),
    -- the household's wilaya when the record was opened: which centres' care teams serve the person (lists)
    wilaya_code       varchar(2)   not null,
    blood_group       varchar(3)   check (blood_group in ('A+', 'A-', 'B+', 'B-', 'AB+', 'AB-', 'O+', 'O-')),
    allergies         bytea,
    medications       bytea,
    camp_fit          boolean      not null default true,
    camp_note         bytea,
    version           integer      not null default 0,
    updated_by        varchar(100),
    updated_at        timestamptz  not null default now(),
    check ((member_id is null) <> (family_member_id is null))
);
create unique index health_record_member on health_record (member_id) where member_id is not null;
create unique index health_record_family on health_record (family_member_id) where family_member_id is not null;
create index health_record_wilaya on health_record (wilaya_code);

-- Reference data an administrator loads (starter list: ICPC-2 style chronic groups with ICD-10 block codes).
create table health_problem_code (
    code          varchar(10)   primary key,
    label_ar      varchar(200)  not null,
    label_fr      varchar(200)  not null,
    label_en      varchar(200)  not null,
    chronic_group varchar(20)   check (chronic_group in ('DIABETES', 'HYPERTENSION', 'ASTHMA')),
    follow_up_days integer      check (follow_up_days between 1 and 366),
    active        boolean       not null default true
);

create table health_problem (
    id          bigserial    primary key,
    record_id   bigint       not null references health_record (id),
    code        varchar(10)  not null references health_problem_code (code),
    status      varchar(10)  not null check (status in ('ACTIVE', 'CHRONIC', 'RESOLVED')),
    onset       date,
    note        bytea,
    version     integer      not null default 0,
    recorded_by varchar(100) not null,
    recorded_at timestamptz  not null
);
create index health_problem_record on health_problem (record_id);
create index health_problem_chronic on health_problem (code) where status <> 'RESOLVED';

create table health_visit (
    id            bigserial     primary key,
    record_id     bigint        not null references health_record (id),
    centre_id     bigint        not null references organisation_unit (id),
    practitioner  varchar(100)  not null,
    type          varchar(20)   not null check (type in ('CONSULTATION', 'VACCINATION', 'CHRONIC', 'CAMPAIGN', 'SCHOOL')),
    visited_on    date          not null,
    weight_kg     numeric(5, 2) check (weight_kg > 0 and weight_kg < 400),
    height_cm     numeric(5, 1) check (height_cm > 20 and height_cm < 250),
    head_cm       numeric(4, 1) check (head_cm > 20 and head_cm < 70),
    systolic      integer       check (systolic between 50 and 260),
    diastolic     integer       check (diastolic between 30 and 160),
    glucose       numeric(4, 2) check (glucose > 0 and glucose < 40),
    peak_flow     integer       check (peak_flow between 50 and 900),
    temperature   numeric(3, 1) check (temperature between 30 and 45),
    diagnosis     bytea,
    prescription  bytea,
    notes         bytea,
    confidential  boolean       not null default false,
    version       integer       not null default 0,
    recorded_at   timestamptz   not null
);
create index health_visit_record on health_visit (record_id, visited_on desc);
create index health_visit_centre on health_visit (centre_id, visited_on);
