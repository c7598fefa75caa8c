-- Name search at national scale. Scoring every matching member with pg_trgm cost tens of milliseconds for a common
-- name (8,000 "Benali" rows, each scored several times). Folded full names repeat a lot, so the fuzzy match and its
-- score now run once per distinct name, on this dictionary; members are then reached by equality on their folded
-- name through covering indexes (ranking and scope without touching the table; only the shown page is read).
create table people_member_name (
    kind    char(1)      not null, -- 'a': people_member.search_ar, 'l': people_member.search_lat
    name    varchar(300) not null,
    compact varchar(300) not null, -- the name without spaces ("karim ben ali" = "karimbenali")
    primary key (kind, name)
);

insert into people_member_name (kind, name, compact)
select 'a', search_ar, replace(search_ar, ' ', '') from people_member group by search_ar
union all
select 'l', search_lat, replace(search_lat, ' ', '') from people_member group by search_lat;

create index people_member_name_ar_trgm on people_member_name using gin (name gin_trgm_ops) where kind = 'a';
create index people_member_name_ar_compact_trgm on people_member_name using gin (compact gin_trgm_ops) where kind = 'a';
create index people_member_name_lat_trgm on people_member_name using gin (name gin_trgm_ops) where kind = 'l';
create index people_member_name_lat_compact_trgm on people_member_name using gin (compact gin_trgm_ops) where kind = 'l';

-- Every write of a member (forms, corrections, HR imports, generators) adds its folded names, once per statement.
-- Names no member uses any more stay: they only cost a lookup that finds nobody.
create function people_member_names() returns trigger language plpgsql as $$
begin
    insert into people_member_name (kind, name, compact)
    select 'a', search_ar, replace(search_ar, ' ', '') from new_members
    union
    select 'l', search_lat, replace(search_lat, ' ', '') from new_members
    on conflict do nothing;
    return null;
end
$$;

create trigger people_member_names_insert after insert on people_member
    referencing new table as new_members for each statement execute function people_member_names();
create trigger people_member_names_update after update on people_member
    referencing new table as new_members for each statement execute function people_member_names();

-- From a name to its members, with what ranking (ties by name, then id) and scoping (wilaya, unit) read.
create index people_member_search_ar_idx on people_member (search_ar)
    include (id, last_name_ar, first_name_ar, wilaya_code, unit_id);
create index people_member_search_lat_idx on people_member (search_lat)
    include (id, last_name_ar, first_name_ar, wilaya_code, unit_id);

-- The trigram indexes on the member table itself are no longer read by the search and slowed every import.
drop index people_member_search_ar_trgm;
drop index people_member_search_lat_trgm;
drop index people_member_lat_compact_trgm;
drop index people_member_ar_compact_trgm;
-- people_member_nin_key (unique) already serves NIN lookups.
drop index people_member_nin_idx;

analyze people_member_name;
