-- the report engine: monthly and annual reports, numbered per kind and year, archived unchangeable with a hash

alter table steering_member add column email varchar(200);

create table steering_report (
    id              bigserial    primary key,
    kind            varchar(10)  not null check (kind in ('MONTHLY', 'ANNUAL')),
    year            integer      not null,
    month           integer      check (month between 1 and 12),
    number          integer      not null,
    narrative_ar    text         not null default '',
    narrative_fr    text         not null default '',
    pdf_ar          bytea        not null,
    pdf_fr          bytea        not null,
    sha256_ar       char(64)     not null,
    sha256_fr       char(64)     not null,
    created_by      varchar(60)  not null,
    created_at      timestamptz  not null default now(),
    mailed_at       timestamptz,
    unique (kind, year, number),
    check ((kind = 'MONTHLY') = (month is not null))
);
create unique index steering_report_period on steering_report (kind, year, coalesce(month, 0));

-- archived means unchangeable: only the mailing mark may be set, once
create function steering_report_frozen() returns trigger language plpgsql as $$
begin
    if new.pdf_ar <> old.pdf_ar or new.pdf_fr <> old.pdf_fr or new.sha256_ar <> old.sha256_ar
       or new.sha256_fr <> old.sha256_fr or new.narrative_ar <> old.narrative_ar or new.narrative_fr <> old.narrative_fr
       or new.number <> old.number or new.kind <> old.kind or new.year <> old.year
       or new.month is distinct from old.month or (old.mailed_at is not null and new.mailed_at is distinct from old.mailed_at) then
        raise exception 'steering_report % is archived and cannot change', old.id;
    end if;
    return new;
end $$;
create trigger steering_report_frozen before update on steering_report for each row execute function steering_report_frozen();
create rule steering_report_no_delete as on delete to steering_report do instead nothing;
