-- The confidentiality layer shared by psychology and family health (platform.confidential, audit.ReadLog).

-- Every read of a sensitive record: who, with which role, when, which record, why. Append-only and hash-chained
-- like audit_entry (each hash covers the row and the previous hash); no content is ever written here.
create table sensitive_read (
    id                bigserial    primary key,
    at                timestamptz  not null,
    actor             varchar(60)  not null,
    actor_role        varchar(40)  not null,
    domain            varchar(30)  not null,
    record_type       varchar(60)  not null,
    record_id         varchar(60)  not null,
    subject_member_id bigint,
    subject_family_id bigint,
    purpose_key       varchar(120) not null,
    grant_id          bigint,
    prev_hash         varchar(64),
    hash              varchar(64)  not null
);
create index sensitive_read_member_idx on sensitive_read (subject_member_id, at desc) where subject_member_id is not null;
create index sensitive_read_family_idx on sensitive_read (subject_family_id, at desc) where subject_family_id is not null;
create index sensitive_read_at_idx on sensitive_read (at);
create index sensitive_read_actor_idx on sensitive_read (actor, at);

create function sensitive_read_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'sensitive_read is append-only';
end $$;
create trigger sensitive_read_no_update before update or delete on sensitive_read
    for each row execute function sensitive_read_append_only();

-- Break-the-glass grants: read-only, time-boxed, reviewed afterwards (verdict once).
create table glass_grant (
    id                bigserial    primary key,
    domain            varchar(30)  not null,
    record_type       varchar(60)  not null,
    record_id         varchar(60)  not null,
    subject_member_id bigint,
    subject_family_id bigint,
    actor             varchar(60)  not null,
    actor_role        varchar(40)  not null,
    reason            varchar(30)  not null,
    reason_text       bytea        not null,
    opened_at         timestamptz  not null default now(),
    expires_at        timestamptz  not null,
    verdict           varchar(20),
    review_comment    bytea,
    reviewed_by       varchar(60),
    reviewed_at       timestamptz,
    check (verdict is null or reviewed_by is not null)
);
create index glass_grant_active_idx on glass_grant (actor, domain, record_id, expires_at);
create index glass_grant_review_idx on glass_grant (domain, opened_at) where verdict is null;

-- Consent per case with scopes, one row per version (a withdrawal is a new version without the scope).
create table care_consent (
    id                bigserial    primary key,
    domain            varchar(30)  not null,
    case_id           varchar(60)  not null,
    version           int          not null,
    subject_member_id bigint,
    subject_family_id bigint,
    scopes            varchar(400) not null,
    actor             varchar(60)  not null,
    at                timestamptz  not null default now(),
    unique (domain, case_id, version)
);
