-- An administrator's corrections to the computed Algerian holidays of a year (Islamic dates follow the moon
-- sighting): ADDED makes a date a holiday, REMOVED cancels the computed holidays of a date. A move is both.
create table calendar_correction (
    id          bigserial primary key,
    day         date        not null,
    kind        varchar(10) not null check (kind in ('ADDED', 'REMOVED')),
    name_ar     varchar(120),
    name_fr     varchar(120),
    name_en     varchar(120),
    created_by  varchar(100) not null,
    created_at  timestamptz not null default now(),
    check (kind = 'REMOVED' or (name_ar is not null and name_fr is not null and name_en is not null)),
    unique (day, kind)
);
create index calendar_correction_year on calendar_correction (extract(year from day));
