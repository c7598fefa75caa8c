-- The organisation tree (ministry centres, DGSN units and establishments). "path" is a materialised path
-- (/1/7/42/) so "this unit and everything below it" is one indexed prefix match.
create table organisation_unit (
    id          bigserial    primary key,
    code        varchar(40)  not null unique,
    kind        varchar(40)  not null,
    name_ar     varchar(200) not null,
    name_fr     varchar(200) not null,
    parent_id   bigint       references organisation_unit (id),
    path        varchar(500) not null,
    wilaya_code varchar(2),
    address     varchar(300),
    phone       varchar(30),
    email       varchar(200),
    capacity    integer,
    active      boolean      not null default true,
    version     integer      not null default 0,
    created_at  timestamptz  not null default now(),
    updated_at  timestamptz  not null default now()
);
create index organisation_unit_path_idx on organisation_unit (path varchar_pattern_ops);
create index organisation_unit_parent_idx on organisation_unit (parent_id);
create index organisation_unit_kind_wilaya_idx on organisation_unit (kind, wilaya_code);
