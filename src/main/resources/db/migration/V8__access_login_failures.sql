-- Failed logins, shared by all nodes: a sliding window per address and per account counts these rows.
-- A successful login never deletes them, so owning one account cannot reset the address window.
create table login_failures (
    id         bigserial primary key,
    address    varchar(64)  not null,
    username   varchar(128) not null,
    failed_at  timestamptz  not null default now()
);
create index login_failures_address_idx on login_failures (address, failed_at);
create index login_failures_username_idx on login_failures (username, failed_at);
