-- Append-only, hash-chained audit trail: each row's hash covers its content and the previous row's hash,
-- so any edit or deletion breaks the chain (verified by AuditTrail.verify). Updates and deletes are refused.
create table audit_entry (
    id          bigserial    primary key,
    at          timestamptz  not null,
    actor       varchar(60),
    actor_role  varchar(40),
    ip          varchar(64),
    action      varchar(40)  not null,
    entity_type varchar(60),
    entity_id   varchar(60),
    summary     varchar(500),
    before_data text,
    after_data  text,
    prev_hash   varchar(64),
    hash        varchar(64)  not null
);
create index audit_entry_at_idx on audit_entry (at);
create index audit_entry_actor_idx on audit_entry (actor);
create index audit_entry_entity_idx on audit_entry (entity_type, entity_id);

create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end $$;
create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_append_only();
