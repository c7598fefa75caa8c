-- Trained staff come from the training module's certificates: the certificate a row came from (by id only, no
-- foreign key across modules), and its revocation kept on the row as history instead of deleting it.
alter table activities_programme_staff
    add column certificate_id bigint,
    add column revoked_at     timestamptz,
    add column revoked_reason varchar(1000);

create index activities_programme_staff_certificate_idx on activities_programme_staff (certificate_id);
create index activities_programme_staff_member_idx on activities_programme_staff (member_id);
