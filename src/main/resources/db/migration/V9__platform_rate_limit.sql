-- Rate limits shared by all nodes (the public certificate verification page): one row per admitted request,
-- counted in a sliding window per limit and client key. Rows older than the window count for nothing and are purged.
create table platform_rate_hit (
    id      bigserial    primary key,
    name    varchar(40)  not null,
    key     varchar(100) not null,
    hit_at  timestamptz  not null default now()
);
create index platform_rate_hit_key_idx on platform_rate_hit (name, key, hit_at);
create index platform_rate_hit_at_idx on platform_rate_hit (hit_at);
