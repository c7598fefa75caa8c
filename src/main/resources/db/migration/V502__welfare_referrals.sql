-- A concern referred to the ministry's social services (decision REFERRED, only with the member's SOCIAL_REFERRAL
-- consent): requested, then accepted or refused, then done; refused and done carry a mandatory outcome.
create table welfare_referral (
    concern_id   bigint        primary key references welfare_concern (id),
    status       varchar(10)   not null check (status in ('REQUESTED', 'ACCEPTED', 'REFUSED', 'DONE')),
    outcome      varchar(2000),
    requested_by varchar(100)  not null,
    requested_at timestamptz   not null,
    updated_by   varchar(100),
    updated_at   timestamptz,
    check (status in ('REQUESTED', 'ACCEPTED') or outcome is not null)
);
