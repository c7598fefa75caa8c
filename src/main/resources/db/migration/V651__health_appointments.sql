-- Appointments: services of a centre with weekly availability and a capacity per slot; the appointment's status
-- lives in health.Appointments. One person never holds two live appointments at the same start (double booking).
create table health_service (
    id            bigserial     primary key,
    centre_id     bigint        not null references organisation_unit (id),
    name_ar       varchar(200)  not null,
    name_fr       varchar(200)  not null,
    slot_minutes  integer       not null check (slot_minutes between 5 and 240),
    capacity      integer       not null check (capacity between 1 and 50),
    active        boolean       not null default true
);
create index health_service_centre on health_service (centre_id);

create table health_availability (
    id           bigserial  primary key,
    service_id   bigint     not null references health_service (id),
    day_of_week  integer    not null check (day_of_week between 1 and 7),
    starts       time       not null,
    ends         time       not null,
    check (starts < ends)
);
create index health_availability_service on health_availability (service_id, day_of_week);

create table health_appointment (
    id          bigserial    primary key,
    service_id  bigint       not null references health_service (id),
    record_id   bigint       not null references health_record (id),
    starts_at   timestamptz,
    status      varchar(10)  not null check (status in ('REQUESTED', 'WAITING', 'SCHEDULED', 'ARRIVED', 'COMPLETED',
                                                          'CANCELLED', 'MISSED')),
    walk_in     boolean      not null default false,
    series_id   bigint,
    created_by  varchar(100) not null,
    created_at  timestamptz  not null,
    updated_at  timestamptz  not null,
    check (status in ('REQUESTED', 'WAITING') or starts_at is not null)
);
create unique index health_appointment_no_double on health_appointment (record_id, starts_at)
    where status in ('SCHEDULED', 'ARRIVED', 'COMPLETED');
create index health_appointment_slot on health_appointment (service_id, starts_at) where status in ('SCHEDULED', 'ARRIVED', 'COMPLETED');
create index health_appointment_record on health_appointment (record_id, starts_at);

-- Every reminder sent (or refused) is recorded. Claimed first (unique per subject, kind, day and channel) so a
-- re-run or a second node never sends it twice.
create table health_message (
    id                bigserial    primary key,
    member_id         bigint       references people_member (id),
    family_member_id  bigint       references people_family_member (id),
    kind              varchar(40)  not null,
    due_on            date         not null,
    channel           varchar(5)   not null check (channel in ('MAIL', 'SMS')),
    recipient         varchar(200),
    status            varchar(10)  not null check (status in ('CLAIMED', 'SENT', 'FAILED')),
    error             varchar(300),
    created_at        timestamptz  not null,
    sent_at           timestamptz
);
create unique index health_message_once on health_message (coalesce(member_id, 0), coalesce(family_member_id, 0),
    kind, due_on, channel);

-- Referral to the police hospital (Les Glycines) or another facility, on the platform case engine.
create table health_referral (
    id           bigint        primary key,
    record_id    bigint        not null references health_record (id),
    centre_id    bigint        not null references organisation_unit (id),
    facility     varchar(200)  not null,
    reason       bytea         not null,
    status       varchar(10)   not null check (status in ('REQUESTED', 'SCHEDULED', 'SEEN', 'REPORTED', 'CLOSED')),
    scheduled_on date,
    report       bytea,
    version      integer       not null default 0,
    requested_by varchar(100)  not null,
    requested_at timestamptz   not null,
    check (status in ('REQUESTED', 'SCHEDULED', 'SEEN') or report is not null)
);
create sequence health_referral_seq;
create index health_referral_centre on health_referral (centre_id, status);

-- Campaigns: a theme, the target as a query on the registry, invitations and participation per person.
create table health_campaign (
    id             bigserial     primary key,
    centre_id      bigint        not null references organisation_unit (id),
    theme          varchar(20)   not null check (theme in ('SCREENING', 'FLU', 'CATCH_UP', 'CHRONIC', 'OTHER')),
    name           varchar(200)  not null,
    starts_on      date          not null,
    ends_on        date          not null,
    age_min        integer       check (age_min between 0 and 120),
    age_max        integer       check (age_max between 0 and 120),
    sex            varchar(1)    check (sex in ('M', 'F')),
    wilaya_code    varchar(2),
    chronic_group  varchar(20)   check (chronic_group in ('DIABETES', 'HYPERTENSION', 'ASTHMA')),
    service_id     bigint        references health_service (id),
    created_by     varchar(100)  not null,
    created_at     timestamptz   not null,
    check (starts_on <= ends_on)
);

create table health_invitation (
    id           bigserial    primary key,
    campaign_id  bigint       not null references health_campaign (id),
    record_id    bigint       not null references health_record (id),
    status       varchar(12)  not null check (status in ('INVITED', 'PARTICIPATED', 'DECLINED')),
    outcome      varchar(12)  check (outcome in ('NORMAL', 'FOLLOW_UP')),
    appointment_id bigint     references health_appointment (id),
    updated_at   timestamptz  not null,
    unique (campaign_id, record_id)
);
