-- Summer camps and tourist trips: seasons, criteria, offers, shifts, buses, quotas, applications, allocation runs.

create table holiday_season (
    id              bigint generated always as identity primary key,
    year            int not null,
    name_ar         varchar(200) not null,
    name_fr         varchar(200) not null,
    status          varchar(20) not null,
    apply_from      date not null,
    apply_until     date not null,
    appeals_until   date,
    confirm_days    int not null default 7,
    seed            bigint not null,
    allocated_at    timestamptz,
    version         int not null default 0,
    created_at      timestamptz not null default now(),
    constraint holiday_season_window check (apply_until >= apply_from)
);

-- the directorate's criteria for a season; source says how the value is computed (MANUAL: declared per application)
create table holiday_criterion (
    id          bigint generated always as identity primary key,
    season_id   bigint not null references holiday_season(id),
    code        varchar(40) not null,
    source      varchar(30) not null,
    name_ar     varchar(200) not null,
    name_fr     varchar(200) not null,
    weight      int not null,
    position    int not null default 0,
    unique (season_id, code)
);

create table holiday_offer (
    id                bigint generated always as identity primary key,
    season_id         bigint not null references holiday_season(id),
    kind              varchar(10) not null,
    centre_unit_id    bigint,
    site_name_ar      varchar(200) not null,
    site_name_fr      varchar(200) not null,
    partner           varchar(200),
    destination       varchar(200),
    age_min           int,
    age_max           int,
    contribution_dzd  int not null default 0,
    seats_per_family  int,
    version           int not null default 0
);
create index holiday_offer_season on holiday_offer(season_id);

-- taken is only ever changed by guarded updates; the check makes overbooking impossible even for a buggy caller
create table holiday_shift (
    id          bigint generated always as identity primary key,
    offer_id    bigint not null references holiday_offer(id),
    label       varchar(100) not null,
    starts_on   date not null,
    ends_on     date not null,
    capacity    int not null,
    taken       int not null default 0,
    constraint holiday_shift_dates check (ends_on >= starts_on),
    constraint holiday_shift_capacity check (capacity >= 0),
    constraint holiday_shift_no_overbooking check (taken >= 0 and taken <= capacity)
);
create index holiday_shift_offer on holiday_shift(offer_id);

create table holiday_bus (
    id           bigint generated always as identity primary key,
    shift_id     bigint not null references holiday_shift(id),
    wilaya_code  varchar(2) not null,
    label        varchar(100) not null,
    seats        int not null check (seats > 0),
    departs_at   varchar(100)
);

create table holiday_quota (
    id           bigint generated always as identity primary key,
    season_id    bigint not null references holiday_season(id),
    wilaya_code  varchar(2) not null,
    max_places   int not null check (max_places >= 0),
    unique (season_id, wilaya_code)
);

create table holiday_application (
    id                   bigint generated always as identity primary key,
    season_id            bigint not null references holiday_season(id),
    kind                 varchar(10) not null,
    member_id            bigint not null,
    child_id             bigint,
    wilaya_code          varchar(2) not null,
    choice1              bigint not null references holiday_shift(id),
    choice2              bigint references holiday_shift(id),
    choice3              bigint references holiday_shift(id),
    siblings_together    boolean not null default false,
    manual_points        varchar(500),
    fit                  boolean not null default true,
    medical_notes        varchar(1000),
    emergency_name1      varchar(200) not null,
    emergency_phone1     varchar(30) not null,
    emergency_name2      varchar(200),
    emergency_phone2     varchar(30),
    contact_email        varchar(200),
    status               varchar(20) not null,
    placed_shift_id      bigint references holiday_shift(id),
    score                int,
    rank                 int,
    lottery              bigint,
    explanation          text,
    confirm_by           date,
    overridden           boolean not null default false,
    override_reason      varchar(1000),
    appeal_text          varchar(2000),
    appeal_status        varchar(20),
    appeal_answer        varchar(2000),
    created_by           varchar(100) not null,
    created_at           timestamptz not null default now(),
    version              int not null default 0
);
-- one application per child per season, one family-trip application per member per season
create unique index holiday_application_child on holiday_application(season_id, child_id) where child_id is not null;
create unique index holiday_application_family on holiday_application(season_id, member_id) where kind = 'TRIP';
create index holiday_application_season_status on holiday_application(season_id, status);
create index holiday_application_member on holiday_application(member_id);
create index holiday_application_placed on holiday_application(placed_shift_id);

create table holiday_run (
    id            bigint generated always as identity primary key,
    season_id     bigint not null references holiday_season(id),
    status        varchar(20) not null,
    progress      int not null default 0,
    total         int not null default 0,
    placed        int not null default 0,
    waiting       int not null default 0,
    seed          bigint not null,
    started_by    varchar(100) not null,
    started_at    timestamptz not null default now(),
    finished_at   timestamptz,
    report        text
);
