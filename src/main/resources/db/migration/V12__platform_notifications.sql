-- The in-app inbox: what a module tells a person (also mailed where an address is known), in each language,
-- addressed to an account (username) or to a member (whichever account is linked to that member reads it).
create table platform_notification (
    id          bigserial primary key,
    username    varchar(100),
    member_id   bigint,
    text_ar     varchar(1000) not null,
    text_fr     varchar(1000) not null,
    text_en     varchar(1000) not null,
    link        varchar(500),
    created_at  timestamptz not null default now(),
    read_at     timestamptz,
    constraint platform_notification_recipient check (username is not null or member_id is not null)
);
create index platform_notification_by_user on platform_notification (username, created_at desc) where username is not null;
create index platform_notification_by_member on platform_notification (member_id, created_at desc) where member_id is not null;
-- the header badge counts unread ones on every page: keep that an index-only look-up
create index platform_notification_unread_user on platform_notification (username) where read_at is null and username is not null;
create index platform_notification_unread_member on platform_notification (member_id) where read_at is null and member_id is not null;
