create table access_account (
    id                  bigserial    primary key,
    username            varchar(60)  not null unique,
    password_hash       varchar(200) not null,
    full_name           varchar(200) not null,
    email               varchar(200),
    role                varchar(40)  not null,
    scope_unit_id       bigint,
    member_id           bigint,
    locale              varchar(5),
    demo                boolean      not null default false,
    enabled             boolean      not null default true,
    failed_attempts     integer      not null default 0,
    locked_until        timestamptz,
    last_login_at       timestamptz,
    password_changed_at timestamptz  not null default now(),
    version             integer      not null default 0,
    created_at          timestamptz  not null default now()
);
create index access_account_role_idx on access_account (role);
