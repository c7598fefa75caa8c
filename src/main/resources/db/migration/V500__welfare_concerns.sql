-- Members' professional and social concerns. The case engine keeps the workflow state it checks, the clocks,
-- assignments and decisions (case_* tables, case_type 'welfare-concern'); these tables keep the business fields.

-- the bilingual category tree (two levels), editable data rather than an enum
create table welfare_category (
    code        varchar(40)  primary key,
    parent_code varchar(40)  references welfare_category (code),
    name_ar     varchar(200) not null,
    name_fr     varchar(200) not null,
    name_en     varchar(200) not null,
    sort_order  int          not null default 0,
    active      boolean      not null default true
);

insert into welfare_category (code, parent_code, name_ar, name_fr, name_en, sort_order) values
('HOUSING', null, 'السكن', 'Logement', 'Housing', 10),
('HOUSING.SOCIAL', 'HOUSING', 'السكن الاجتماعي', 'Logement social', 'Social housing', 11),
('HOUSING.FUNCTION', 'HOUSING', 'سكن وظيفي', 'Logement de fonction', 'Service housing', 12),
('TRANSFER', null, 'صعوبات التحويل', 'Difficultés de mutation', 'Transfer hardship', 20),
('TRANSFER.FAMILY', 'TRANSFER', 'تقريب من العائلة', 'Rapprochement familial', 'Family reunification', 21),
('TRANSFER.HEALTH', 'TRANSFER', 'تحويل لأسباب صحية', 'Mutation pour raison de santé', 'Transfer on health grounds', 22),
('FINANCIAL_AID', null, 'المساعدة المالية', 'Aide financière', 'Financial aid', 30),
('FINANCIAL_AID.EMERGENCY', 'FINANCIAL_AID', 'مساعدة استعجالية', 'Aide d''urgence', 'Emergency aid', 31),
('FINANCIAL_AID.LOAN', 'FINANCIAL_AID', 'سلفة اجتماعية', 'Prêt social', 'Social loan', 32),
('FAMILY', null, 'الوضعية العائلية', 'Situation familiale', 'Family situation', 40),
('FAMILY.DISABILITY', 'FAMILY', 'طفل في وضعية إعاقة', 'Enfant en situation de handicap', 'Child with a disability', 41),
('FAMILY.BEREAVEMENT', 'FAMILY', 'وفاة قريب', 'Décès d''un proche', 'Bereavement', 42),
('HEALTH', null, 'الصحة', 'Santé', 'Health', 50),
('HEALTH.TREATMENT', 'HEALTH', 'تكفل بالعلاج', 'Prise en charge de soins', 'Medical treatment', 51),
('WORK', null, 'ظروف العمل', 'Conditions de travail', 'Working conditions', 60),
('WORK.SCHEDULE', 'WORK', 'توقيت العمل', 'Horaires de travail', 'Working hours', 61),
('WORK.SUPERIOR', 'WORK', 'علاقة مع المسؤول', 'Relation avec la hiérarchie', 'Relationship with a superior', 62),
('TRAINING', null, 'التكوين', 'Formation', 'Training', 70),
('HOLIDAYS', null, 'العطل والاصطياف', 'Congés et vacances', 'Holidays', 80),
('OTHER', null, 'أخرى', 'Autre', 'Other', 90);

-- the wilaya social services' handlers: who works the queue of a wilaya, and at which level of the ladder
create table welfare_handler (
    username    varchar(100) primary key,
    wilaya_code varchar(2),
    level       varchar(10)  not null check (level in ('OFFICER', 'HEAD', 'CENTRAL'))
);

-- routing rules: a category (or its parent) in a wilaya goes to a named handler; otherwise the wilaya's least
-- loaded officer
create table welfare_route (
    category_code varchar(40)  not null references welfare_category (code),
    wilaya_code   varchar(2)   not null,
    username      varchar(100) not null references welfare_handler (username),
    primary key (category_code, wilaya_code)
);

create table welfare_concern (
    id               bigserial    primary key,
    reference        varchar(20)  not null unique,
    -- null for a pseudonymous concern: then only the hash of the follow-up code leads to it
    member_id        bigint,
    family_member_id bigint,
    follow_code_hash varchar(64)  unique,
    category_code    varchar(40)  not null references welfare_category (code),
    channel          varchar(20)  not null check (channel in ('PORTAL', 'COUNTER', 'PHONE', 'LISTENING_DAY')),
    subject          varchar(200) not null,
    description      varchar(8000) not null,
    outcome_asked    varchar(2000),
    priority         varchar(10)  not null check (priority in ('NORMAL', 'HIGH', 'URGENT')),
    confidentiality  varchar(10)  not null check (confidentiality in ('NORMAL', 'RESTRICTED', 'SEALED')),
    sealed_to        varchar(100),
    wilaya_code      varchar(2)   not null,
    unit_id          bigint,
    state            varchar(30)  not null,
    assigned_to      varchar(100),
    submitted_at     timestamptz  not null,
    rating           smallint     check (rating between 1 and 5),
    rating_comment   varchar(1000),
    version          bigint       not null default 0,
    check (confidentiality <> 'SEALED' or sealed_to is not null),
    check (member_id is not null or follow_code_hash is not null)
);
create index welfare_concern_queue on welfare_concern (wilaya_code, state, submitted_at desc);
create index welfare_concern_member on welfare_concern (member_id, submitted_at desc);
create index welfare_concern_assigned on welfare_concern (assigned_to, state);

-- the two-way thread: kind MESSAGE (either side), ANSWER (handler's answer), REQUEST (documents asked)
create table welfare_message (
    id          bigserial     primary key,
    concern_id  bigint        not null references welfare_concern (id),
    from_member boolean       not null,
    author      varchar(100)  not null,
    kind        varchar(10)   not null check (kind in ('MESSAGE', 'ANSWER', 'REQUEST')),
    body        varchar(4000) not null,
    at          timestamptz   not null
);
create index welfare_message_concern on welfare_message (concern_id, id);

create table welfare_attachment (
    id           bigserial    primary key,
    concern_id   bigint       not null references welfare_concern (id),
    filename     varchar(200) not null,
    content_type varchar(40)  not null check (content_type in ('application/pdf', 'image/jpeg', 'image/png')),
    size_bytes   int          not null check (size_bytes > 0),
    data         bytea        not null,
    from_member  boolean      not null,
    uploaded_at  timestamptz  not null
);
create index welfare_attachment_concern on welfare_attachment (concern_id, id);

-- every opening of a restricted or sealed concern by staff: who, in which role, why, when (shown to the member by
-- role and time)
create table welfare_read (
    id         bigserial    primary key,
    concern_id bigint       not null references welfare_concern (id),
    username   varchar(100) not null,
    role       varchar(30)  not null,
    reason     varchar(500),
    at         timestamptz  not null
);
create index welfare_read_concern on welfare_read (concern_id, id);
