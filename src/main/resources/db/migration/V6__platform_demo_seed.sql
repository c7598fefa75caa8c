-- Which demo-data contributors have run, so demo data is generated once per database.
create table platform_demo_seed (
    contributor varchar(60) primary key,
    scale       varchar(20) not null,
    seeded_at   timestamptz not null default now()
);
