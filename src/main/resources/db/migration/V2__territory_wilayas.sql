-- Wilayas are reference data: rows come from data/wilayas.csv at start-up (upserted), later changes are data.
create table territory_wilaya (
    code        varchar(2)   primary key,
    name_fr     varchar(100) not null,
    name_ar     varchar(100) not null,
    parent_code varchar(2)   references territory_wilaya (code),
    created_on  date
);
