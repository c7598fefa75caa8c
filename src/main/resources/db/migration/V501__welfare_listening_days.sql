-- Listening days (أيام الاستماع): an event in a wilaya where staff capture members' petitions on the spot; each
-- petition becomes a concern with channel LISTENING_DAY, linked to its day for the post-event report.
create table welfare_listening_day (
    id          bigserial    primary key,
    wilaya_code varchar(2)   not null,
    held_on     date         not null,
    place       varchar(200) not null,
    created_by  varchar(100) not null,
    created_at  timestamptz  not null
);
create index welfare_listening_day_wilaya on welfare_listening_day (wilaya_code, held_on desc);

alter table welfare_concern add column listening_day_id bigint references welfare_listening_day (id);
create index welfare_concern_listening_day on welfare_concern (listening_day_id) where listening_day_id is not null;
