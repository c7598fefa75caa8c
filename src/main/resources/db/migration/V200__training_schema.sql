-- Training: needs, catalogue, plan and sessions, nominations, delivery, evaluation, certificates.
-- Units and members are referenced by id only (they belong to the organisation and people modules).

create table training_domain (
    id      bigserial    primary key,
    code    varchar(40)  not null unique,
    name_ar varchar(200) not null,
    name_fr varchar(200) not null,
    active  boolean      not null default true
);

create table training_need (
    id            bigserial     primary key,
    unit_id       bigint        not null,
    wilaya_code   varchar(2)    not null,
    function_code varchar(40)   not null,
    domain_id     bigint        not null references training_domain (id),
    headcount     integer       not null,
    priority      varchar(10)   not null,
    justification varchar(2000) not null,
    wished_from   date,
    wished_to     date,
    plan_year     integer       not null,
    created_by    varchar(100)  not null,
    created_at    timestamptz   not null default now()
);
create index training_need_agg_idx on training_need (plan_year, domain_id, wilaya_code, function_code);

create table training_programme (
    id              bigserial     primary key,
    code            varchar(40)   not null unique,
    title_ar        varchar(300)  not null,
    title_fr        varchar(300)  not null,
    objectives_ar   varchar(4000),
    objectives_fr   varchar(4000),
    type            varchar(20)   not null,
    domain_id       bigint        not null references training_domain (id),
    target_functions varchar(500) not null default '',
    prerequisites   varchar(2000),
    active          boolean       not null default true,
    version         integer       not null default 0
);

create table training_programme_need (
    programme_id bigint not null references training_programme (id),
    need_id      bigint not null references training_need (id),
    primary key (programme_id, need_id)
);

create table training_module (
    id           bigserial    primary key,
    programme_id bigint       not null references training_programme (id),
    position     integer      not null,
    title_ar     varchar(300) not null,
    title_fr     varchar(300) not null,
    hours        integer      not null
);
create index training_module_programme_idx on training_module (programme_id);

create table training_room (
    id        bigserial    primary key,
    centre_id bigint       not null,
    name      varchar(200) not null,
    capacity  integer      not null,
    active    boolean      not null default true,
    unique (centre_id, name)
);

create table training_trainer (
    id         bigserial    primary key,
    centre_id  bigint       not null,
    full_name  varchar(200) not null,
    external   boolean      not null default false,
    speciality varchar(200),
    email      varchar(200),
    phone      varchar(20),
    username   varchar(100) unique,
    active     boolean      not null default true
);

create table training_session (
    id            bigserial    primary key,
    code          varchar(40)  not null unique,
    programme_id  bigint       not null references training_programme (id),
    centre_id     bigint       not null,
    room_id       bigint       references training_room (id),
    plan_year     integer      not null,
    start_date    date         not null,
    end_date      date         not null,
    capacity      integer      not null,
    state         varchar(20)  not null,
    cancel_reason varchar(1000),
    version       integer      not null default 0,
    created_at    timestamptz  not null default now()
);
create index training_session_centre_idx on training_session (centre_id, start_date);
create index training_session_room_idx on training_session (room_id, start_date, end_date);

create table training_session_quota (
    session_id  bigint     not null references training_session (id),
    wilaya_code varchar(2) not null,
    seats       integer    not null,
    primary key (session_id, wilaya_code)
);

create table training_session_trainer (
    session_id bigint not null references training_session (id),
    module_id  bigint not null references training_module (id),
    trainer_id bigint not null references training_trainer (id),
    primary key (session_id, module_id)
);
create index training_session_trainer_idx on training_session_trainer (trainer_id);

create table training_nomination (
    id           bigserial    primary key,
    session_id   bigint       not null references training_session (id),
    member_id    bigint       not null,
    wilaya_code  varchar(2)   not null,
    status       varchar(20)  not null,
    reason       varchar(1000),
    wait_rank    integer,
    nominated_by varchar(100) not null,
    created_at   timestamptz  not null default now(),
    decided_at   timestamptz,
    completed    boolean,
    attendance_rate double precision,
    post_score   double precision,
    version      integer      not null default 0,
    unique (session_id, member_id)
);
create index training_nomination_member_idx on training_nomination (member_id);
create index training_nomination_session_idx on training_nomination (session_id, status);

create table training_attendance (
    nomination_id bigint      not null references training_nomination (id),
    day           date        not null,
    half          varchar(2)  not null,
    status        varchar(10) not null,
    note          varchar(500),
    recorded_by   varchar(100) not null,
    primary key (nomination_id, day, half)
);

create table training_assessment (
    nomination_id bigint           not null references training_nomination (id),
    module_id     bigint           not null references training_module (id),
    pre_score     double precision,
    post_score    double precision,
    primary key (nomination_id, module_id)
);

create table training_satisfaction (
    nomination_id bigint        primary key references training_nomination (id),
    content       integer       not null,
    trainers      integer       not null,
    organisation  integer       not null,
    usefulness    integer       not null,
    overall       integer       not null,
    comment       varchar(2000),
    answered_at   timestamptz   not null default now()
);

create table training_followup (
    nomination_id    bigint        primary key references training_nomination (id),
    token            varchar(40)   not null unique,
    supervisor_email varchar(200),
    sent_at          timestamptz   not null default now(),
    applied          varchar(10),
    comment          varchar(2000),
    answered_at      timestamptz
);

create table training_certificate (
    id              bigserial    primary key,
    nomination_id   bigint       not null unique references training_nomination (id),
    session_id      bigint       not null references training_session (id),
    member_id       bigint       not null,
    programme_id    bigint       not null,
    serial          varchar(40)  not null unique,
    code            varchar(40)  not null unique,
    holder_name_ar  varchar(300) not null,
    holder_name_lat varchar(300),
    programme_ar    varchar(300) not null,
    programme_fr    varchar(300) not null,
    centre_ar       varchar(300) not null,
    centre_fr       varchar(300) not null,
    start_date      date         not null,
    end_date        date         not null,
    hours           integer      not null,
    issued_at       timestamptz  not null default now(),
    revoked         boolean      not null default false,
    revoked_reason  varchar(1000),
    revoked_at      timestamptz,
    version         integer      not null default 0
);
create index training_certificate_member_idx on training_certificate (member_id);
create index training_certificate_session_idx on training_certificate (session_id);

create table training_job (
    id          bigserial    primary key,
    kind        varchar(30)  not null,
    session_id  bigint       not null,
    started_by  varchar(100) not null,
    status      varchar(20)  not null,
    total       integer      not null default 0,
    done        integer      not null default 0,
    report      varchar(4000),
    result      bytea,
    started_at  timestamptz  not null default now(),
    finished_at timestamptz
);
create sequence training_serial_seq;
