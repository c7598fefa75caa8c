-- Establishment dashboard. The age pyramid counts a unit's confirmed registrations by birth date and sex: with these
-- in the index it reads the index alone, not one table page per registration (about 1,700 per establishment).
create index activities_registration_unit_status_idx on activities_registration (unit_id, status) include (birth_date, sex);

-- Satisfaction (average and count of ratings): the few rated registrations of a unit, without scanning the others.
create index activities_registration_rated_idx on activities_registration (unit_id) include (rating) where rating is not null;
