-- Members of the national security and their families. search_* columns hold normalised names
-- (see dz.sanad.people.NameNormalizer) so that name search ignores spelling variants.
create extension if not exists pg_trgm;

create table people_member (
    id             bigserial    primary key,
    matricule      varchar(20)  not null unique,
    nin            varchar(18)  unique,
    first_name_ar  varchar(100) not null,
    last_name_ar   varchar(100) not null,
    first_name_lat varchar(100),
    last_name_lat  varchar(100),
    sex            varchar(1)   not null,
    birth_date     date,
    grade          varchar(40),
    function_code  varchar(40),
    unit_id        bigint,
    wilaya_code    varchar(2)   not null,
    phone          varchar(20),
    email          varchar(200),
    status         varchar(20)  not null default 'ACTIVE',
    martyr         boolean      not null default false,
    search_ar      varchar(300) not null default '',
    search_lat     varchar(300) not null default '',
    version        integer      not null default 0,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now()
);
create index people_member_wilaya_idx on people_member (wilaya_code);
create index people_member_unit_idx on people_member (unit_id);
create index people_member_function_idx on people_member (function_code);
create index people_member_search_ar_trgm on people_member using gin (search_ar gin_trgm_ops);
create index people_member_search_lat_trgm on people_member using gin (search_lat gin_trgm_ops);

create table people_family_member (
    id             bigserial    primary key,
    member_id      bigint       not null references people_member (id),
    relation       varchar(20)  not null,
    first_name_ar  varchar(100) not null,
    last_name_ar   varchar(100) not null,
    first_name_lat varchar(100),
    last_name_lat  varchar(100),
    sex            varchar(1)   not null,
    birth_date     date,
    disability     boolean      not null default false,
    orphan         boolean      not null default false,
    martyr_child   boolean      not null default false,
    school_level   varchar(40),
    active         boolean      not null default true,
    version        integer      not null default 0,
    created_at     timestamptz  not null default now(),
    updated_at     timestamptz  not null default now()
);
create index people_family_member_member_idx on people_family_member (member_id);
