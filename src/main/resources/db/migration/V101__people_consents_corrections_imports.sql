-- Consents (Law 18-07 / 25-11), self-service correction requests, HR import jobs, and search helpers.

-- A family member is identified inside a household by relation, Arabic first name and birth date: HR re-imports
-- of the same file then update rather than duplicate (idempotent upsert).
create unique index people_family_member_key on people_family_member (member_id, relation, first_name_ar, birth_date)
    nulls not distinct;

-- Names also compared without the space between first and last name ("Karim Ben Ali" = "karimbenali"; the search
-- tries the query's words in each order), with trigram indexes for typo tolerance.
create index people_member_lat_compact_trgm on people_member
    using gin ((replace(search_lat, ' ', '')) gin_trgm_ops);
create index people_member_ar_compact_trgm on people_member
    using gin ((replace(search_ar, ' ', '')) gin_trgm_ops);
create index people_member_nin_idx on people_member (nin);
create index people_member_status_idx on people_member (status);

create table people_consent (
    id               bigserial    primary key,
    member_id        bigint       not null references people_member (id),
    family_member_id bigint       references people_family_member (id),
    purpose          varchar(40)  not null,
    scope            varchar(500),
    given_by         varchar(200) not null,
    guardian         boolean      not null default false,
    given_at         date         not null,
    recorded_by      varchar(100) not null,
    recorded_at      timestamptz  not null default now(),
    withdrawn_at     timestamptz,
    withdrawn_by     varchar(100),
    withdrawal_reason varchar(500),
    version          integer      not null default 0
);
create index people_consent_member_idx on people_consent (member_id);

create table people_correction (
    id               bigserial    primary key,
    member_id        bigint       not null references people_member (id),
    family_member_id bigint       references people_family_member (id),
    field            varchar(40)  not null,
    current_value    varchar(300),
    requested_value  varchar(300) not null,
    comment          varchar(1000),
    status           varchar(20)  not null default 'PENDING',
    requested_by     varchar(100) not null,
    requested_at     timestamptz  not null default now(),
    decided_by       varchar(100),
    decided_at       timestamptz,
    reason           varchar(1000),
    version          integer      not null default 0
);
create index people_correction_member_idx on people_correction (member_id);
create index people_correction_status_idx on people_correction (status);

-- An HR import: the uploaded file sits in the import directory until committed; the row is the kept report.
create table people_import (
    id               bigserial    primary key,
    file_name        varchar(300) not null,
    file_path        varchar(500),
    file_size        bigint       not null default 0,
    status           varchar(20)  not null,
    phase_total      bigint       not null default 0,
    phase_done       bigint       not null default 0,
    member_rows      integer      not null default 0,
    family_rows      integer      not null default 0,
    error_rows       integer      not null default 0,
    members_created  integer      not null default 0,
    members_updated  integer      not null default 0,
    family_created   integer      not null default 0,
    family_updated   integer      not null default 0,
    failure_key      varchar(100),
    failure_arg      varchar(300),
    created_by       varchar(100) not null,
    created_at       timestamptz  not null default now(),
    previewed_at     timestamptz,
    committed_by     varchar(100),
    committed_at     timestamptz,
    version          integer      not null default 0
);

create table people_import_error (
    id               bigserial    primary key,
    import_id        bigint       not null references people_import (id) on delete cascade,
    sheet            varchar(20)  not null,
    row_no           integer      not null,
    field            varchar(40),
    message_key      varchar(100) not null,
    message_arg      varchar(300),
    raw              text
);
create index people_import_error_import_idx on people_import_error (import_id, sheet, row_no);
