-- The grounds a decision may cite (reference data the central directorate maintains, in three languages), the
-- grounds each decision cited, the links from a concern to other Sanad records, and why a clock was breached.
create table welfare_ground (
    code       varchar(40)  primary key,
    name_ar    varchar(300) not null,
    name_fr    varchar(300) not null,
    name_en    varchar(300) not null,
    sort_order int          not null default 0,
    active     boolean      not null default true
);

insert into welfare_ground (code, name_ar, name_fr, name_en, sort_order) values
('CONDITIONS_MET', 'الطلب مستوفٍ للشروط', 'La demande remplit les conditions', 'The request meets the conditions', 10),
('BUDGET_LIMIT', 'في حدود الاعتمادات المالية المتاحة', 'Dans la limite des crédits disponibles', 'Within the available budget', 20),
('CONDITIONS_NOT_MET', 'الطلب لا يستوفي الشروط', 'La demande ne remplit pas les conditions', 'The request does not meet the conditions', 30),
('MISSING_DOCUMENTS', 'ملف ناقص رغم التذكير', 'Dossier incomplet malgré la relance', 'File incomplete despite a reminder', 40),
('ALREADY_BENEFITED', 'استفاد المعني من نفس الإجراء سابقًا', 'L’intéressé a déjà bénéficié de la même mesure', 'The member already benefited from the same measure', 50),
('OUTSIDE_COMPETENCE', 'خارج اختصاص المصالح الاجتماعية', 'Hors de la compétence des services sociaux', 'Outside the social services'' competence', 60),
('SERVICE_NEEDS', 'ضرورة المصلحة', 'Nécessité de service', 'Needs of the service', 70),
('HUMANITARIAN', 'اعتبارات إنسانية', 'Considérations humanitaires', 'Humanitarian grounds', 80);

create table welfare_decision_ground (
    decision_id bigint      not null references case_decision (id),
    concern_id  bigint      not null references welfare_concern (id),
    ground_code varchar(40) not null references welfare_ground (code),
    primary key (decision_id, ground_code)
);
create index welfare_decision_ground_code on welfare_decision_ground (ground_code);

-- a record of another module the concern is about; it is resolved at each reading within the reader's scope, so
-- nothing of it is copied here
create table welfare_link (
    concern_id bigint       not null references welfare_concern (id),
    kind       varchar(30)  not null check (kind in ('HOLIDAY_APPLICATION', 'TRAINING_NOMINATION',
                                                     'ACTIVITY_REGISTRATION', 'CHILDCARE_APPLICATION')),
    record_id  bigint       not null,
    added_by   varchar(100) not null,
    added_at   timestamptz  not null,
    primary key (concern_id, kind, record_id)
);

-- why a clock went past its target, recorded by the handler once the breach is known (statistics by reason)
create table welfare_breach (
    concern_id  bigint        not null references welfare_concern (id),
    clock       varchar(20)   not null check (clock in ('FIRST_RESPONSE', 'UPDATE', 'RESOLUTION')),
    reason      varchar(20)   not null check (reason in ('WORKLOAD', 'THIRD_PARTY', 'COMPLEXITY', 'MEMBER_UNREACHABLE',
                                                        'BUDGET', 'OTHER')),
    note        varchar(500),
    recorded_by varchar(100)  not null,
    recorded_at timestamptz   not null,
    primary key (concern_id, clock)
);
create index welfare_breach_reason on welfare_breach (reason);

-- the statistics and the national queue read these without scanning 500,000 concerns
create index welfare_concern_stats on welfare_concern (submitted_at, wilaya_code, category_code);
create index welfare_concern_sealed on welfare_concern (sealed_to) where sealed_to is not null;
