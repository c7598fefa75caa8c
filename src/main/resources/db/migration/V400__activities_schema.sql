-- Activities module: programmes and activities at establishments, sports clubs, talents, child care,
-- associations. unit_id / member_id / family_member_id point at other modules' records by id only (no foreign
-- key across modules); the participant's name, birth date and sex are copied at registration so lists, exports
-- and age pyramids never join another module's tables.

create table activities_programme (
    id          bigserial    primary key,
    unit_id     bigint       not null,
    wilaya_code varchar(2)   not null,
    year        integer      not null,
    title       varchar(200) not null,
    objectives  text,
    version     integer      not null default 0,
    created_at  timestamptz  not null default now(),
    unique (unit_id, year)
);

-- staff of the establishment trained under the agreement, kept per annual programme
create table activities_programme_staff (
    id            bigserial    primary key,
    programme_id  bigint       not null references activities_programme (id),
    member_id     bigint       not null,
    member_name   varchar(200) not null,
    function_code varchar(40),
    training_ref  varchar(100),
    trained_on    date,
    unique (programme_id, member_id)
);

create table activities_activity (
    id               bigserial    primary key,
    unit_id          bigint       not null,
    wilaya_code      varchar(2)   not null,
    programme_id     bigint       references activities_programme (id),
    title_ar         varchar(200) not null,
    title_fr         varchar(200) not null,
    category         varchar(30)  not null,
    description      text,
    for_members      boolean      not null default false,
    for_spouses      boolean      not null default false,
    for_children     boolean      not null default false,
    min_age          integer,
    max_age          integer,
    capacity         integer      not null,
    fee_dzd          integer,
    day_of_week      integer      not null,
    start_time       time         not null,
    duration_minutes integer      not null,
    start_date       date         not null,
    end_date         date         not null,
    status           varchar(20)  not null,
    confirmed_count  integer      not null default 0,
    waiting_count    integer      not null default 0,
    version          integer      not null default 0,
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now()
);
create index activities_activity_unit_idx on activities_activity (unit_id, start_date desc);
create index activities_activity_wilaya_idx on activities_activity (wilaya_code, status);

create table activities_occurrence (
    id               bigserial primary key,
    activity_id      bigint    not null references activities_activity (id),
    day              date      not null,
    attendance_taken boolean   not null default false,
    present_count    integer   not null default 0,
    unique (activity_id, day)
);

create table activities_registration (
    id                   bigserial    primary key,
    activity_id          bigint       not null references activities_activity (id),
    unit_id              bigint       not null,
    member_id            bigint       not null,
    family_member_id     bigint,
    relation             varchar(20)  not null,
    participant_name_ar  varchar(200) not null,
    participant_name_lat varchar(200),
    birth_date           date,
    sex                  varchar(1)   not null,
    status               varchar(20)  not null,
    registered_by        varchar(100) not null,
    registered_at        timestamptz  not null default now(),
    promoted_at          timestamptz,
    cancelled_at         timestamptz,
    rating               integer,
    recommend            boolean,
    rating_comment       varchar(1000),
    rated_at             timestamptz,
    version              integer      not null default 0
);
-- a person holds at most one live registration per activity
create unique index activities_registration_once on activities_registration
    (activity_id, member_id, coalesce(family_member_id, 0)) where status <> 'CANCELLED';
create index activities_registration_activity_idx on activities_registration (activity_id, status, id);
create index activities_registration_unit_idx on activities_registration (unit_id, registered_at desc);
create index activities_registration_member_idx on activities_registration (member_id);

create table activities_attendance (
    occurrence_id   bigint  not null references activities_occurrence (id),
    registration_id bigint  not null references activities_registration (id),
    present         boolean not null,
    primary key (occurrence_id, registration_id)
);

-- sports clubs
create table activities_club_section (
    id          bigserial    primary key,
    unit_id     bigint       not null,
    wilaya_code varchar(2)   not null,
    discipline  varchar(40)  not null,
    name_ar     varchar(200) not null,
    name_fr     varchar(200) not null,
    version     integer      not null default 0,
    created_at  timestamptz  not null default now()
);
create index activities_club_section_unit_idx on activities_club_section (unit_id);

create table activities_coach (
    id            bigserial    primary key,
    section_id    bigint       not null references activities_club_section (id),
    member_id     bigint       not null,
    full_name     varchar(200) not null,
    qualification varchar(200) not null,
    level         varchar(20)  not null,
    valid_until   date,
    unique (section_id, member_id)
);

create table activities_team (
    id         bigserial    primary key,
    section_id bigint       not null references activities_club_section (id),
    name       varchar(200) not null,
    category   varchar(20)  not null
);

create table activities_athlete (
    id                  bigserial    primary key,
    section_id          bigint       not null references activities_club_section (id),
    team_id             bigint       references activities_team (id),
    member_id           bigint       not null,
    family_member_id    bigint,
    name_ar             varchar(200) not null,
    name_lat            varchar(200),
    birth_date          date,
    sex                 varchar(1)   not null,
    licence_no          varchar(40)  not null,
    season              varchar(9)   not null,
    medical_valid_until date,
    active              boolean      not null default true,
    unique (section_id, licence_no, season)
);
create index activities_athlete_section_idx on activities_athlete (section_id);

create table activities_competition (
    id         bigserial    primary key,
    section_id bigint       not null references activities_club_section (id),
    name       varchar(200) not null,
    level      varchar(20)  not null,
    held_on    date         not null,
    location   varchar(200)
);

create table activities_result (
    id             bigserial  primary key,
    competition_id bigint     not null references activities_competition (id),
    athlete_id     bigint     references activities_athlete (id),
    team_id        bigint     references activities_team (id),
    rank           integer    not null,
    medal          varchar(10) not null
);

-- talents
create table activities_talent_domain (
    id      bigserial    primary key,
    code    varchar(40)  not null unique,
    name_ar varchar(200) not null,
    name_fr varchar(200) not null,
    active  boolean      not null default true
);
insert into activities_talent_domain (code, name_ar, name_fr) values
    ('MUSIC', 'الموسيقى', 'Musique'), ('DRAWING', 'الرسم', 'Dessin'), ('THEATRE', 'المسرح', 'Théâtre'),
    ('SPORT', 'الرياضة', 'Sport'), ('SCIENCES', 'العلوم', 'Sciences'), ('QURAN', 'تجويد القرآن الكريم', 'Récitation du Coran');

-- the guardian's consent to process a child's data for a purpose (Law 18-07): who, what, when, how; withdrawable
create table activities_guardian_consent (
    id                 bigserial    primary key,
    family_member_id   bigint       not null,
    guardian_member_id bigint       not null,
    purpose            varchar(40)  not null,
    method             varchar(20)  not null,
    recorded_by        varchar(100) not null,
    given_at           timestamptz  not null default now(),
    withdrawn_at       timestamptz
);
create index activities_guardian_consent_child_idx on activities_guardian_consent (family_member_id, purpose);

create table activities_talent (
    id               bigserial    primary key,
    unit_id          bigint       not null,
    wilaya_code      varchar(2)   not null,
    domain_id        bigint       not null references activities_talent_domain (id),
    member_id        bigint       not null,
    family_member_id bigint,
    name_ar          varchar(200) not null,
    name_lat         varchar(200),
    birth_date       date,
    sex              varchar(1)   not null,
    consent_id       bigint       references activities_guardian_consent (id),
    description      varchar(2000),
    plan             varchar(4000),
    status           varchar(20)  not null,
    version          integer      not null default 0,
    created_at       timestamptz  not null default now()
);
create index activities_talent_unit_idx on activities_talent (unit_id);

create table activities_talent_evaluation (
    id           bigserial    primary key,
    talent_id    bigint       not null references activities_talent (id),
    evaluated_on date         not null,
    evaluator    varchar(200) not null,
    score        integer      not null,
    notes        varchar(2000)
);

create table activities_talent_showcase (
    id        bigserial    primary key,
    talent_id bigint       not null references activities_talent (id),
    held_on   date         not null,
    title     varchar(200) not null,
    venue     varchar(200)
);

-- child reception and care
create table activities_care_group (
    id                 bigserial    primary key,
    unit_id            bigint       not null,
    wilaya_code        varchar(2)   not null,
    name               varchar(200) not null,
    min_age_months     integer      not null,
    max_age_months     integer      not null,
    capacity           integer      not null,
    children_per_staff integer      not null,
    staff_count        integer      not null,
    enrolled_count     integer      not null default 0,
    version            integer      not null default 0
);

create table activities_care_priority_rule (
    id        bigserial   primary key,
    unit_id   bigint      not null,
    criterion varchar(30) not null,
    points    integer     not null,
    unique (unit_id, criterion)
);

create table activities_care_application (
    id               bigserial    primary key,
    unit_id          bigint       not null,
    group_id         bigint       not null references activities_care_group (id),
    member_id        bigint       not null,
    family_member_id bigint       not null,
    child_name_ar    varchar(200) not null,
    child_name_lat   varchar(200),
    birth_date       date         not null,
    sex              varchar(1)   not null,
    martyr_child     boolean      not null,
    orphan           boolean      not null,
    disability       boolean      not null,
    sibling_enrolled boolean      not null default false,
    score            integer      not null,
    status           varchar(20)  not null,
    submitted_at     timestamptz  not null default now(),
    decided_at       timestamptz,
    enrolled_on      date,
    left_on          date,
    version          integer      not null default 0
);
create unique index activities_care_application_once on activities_care_application (family_member_id)
    where status in ('SUBMITTED', 'WAITING', 'ENROLLED');
create index activities_care_application_unit_idx on activities_care_application (unit_id, status);

create table activities_care_attendance (
    application_id bigint  not null references activities_care_application (id),
    day            date    not null,
    present        boolean not null,
    primary key (application_id, day)
);

create table activities_care_pickup (
    id             bigserial    primary key,
    application_id bigint       not null references activities_care_application (id),
    full_name      varchar(200) not null,
    relation       varchar(100) not null,
    phone          varchar(20),
    id_document    varchar(40)  not null
);

create table activities_care_incident (
    id                bigserial    primary key,
    application_id    bigint       not null references activities_care_application (id),
    occurred_at       timestamptz  not null,
    kind              varchar(20)  not null,
    description       varchar(2000) not null,
    action_taken      varchar(2000),
    guardian_informed boolean      not null default false,
    recorded_by       varchar(100) not null
);

-- associations and partnerships
create table activities_association (
    id              bigserial    primary key,
    unit_id         bigint       not null,
    wilaya_code     varchar(2)   not null,
    registration_no varchar(40)  not null unique,
    name            varchar(200) not null,
    domain          varchar(30)  not null,
    contact_name    varchar(200),
    phone           varchar(20),
    email           varchar(200),
    version         integer      not null default 0
);

create table activities_partnership (
    id               bigserial    primary key,
    association_id   bigint       not null references activities_association (id),
    unit_id          bigint       not null,
    title            varchar(200) not null,
    starts_on        date         not null,
    ends_on          date         not null,
    scope            varchar(2000) not null,
    commitments      varchar(4000),
    notify_email     varchar(200) not null,
    reminder_sent_on date,
    version          integer      not null default 0
);
create index activities_partnership_end_idx on activities_partnership (ends_on);

create table activities_joint_activity (
    id             bigserial    primary key,
    partnership_id bigint       not null references activities_partnership (id),
    title          varchar(200) not null,
    held_on        date         not null,
    participants   integer      not null default 0
);
