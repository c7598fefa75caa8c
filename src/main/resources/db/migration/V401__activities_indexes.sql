-- Staff registration list: "where unit_id = ? order by id desc limit 20" (and its count). Without this index the
-- planner walks the primary key backwards filtering on unit_id (about 1,200 pages per request with 1M rows).
create index activities_registration_unit_id_idx on activities_registration (unit_id, id desc);

-- Activity list, newest first, at the national scope ("order by start_date desc limit 20", also with the category
-- filter): an index walk of a few pages instead of a sequential scan and sort of every activity.
create index activities_activity_start_idx on activities_activity (start_date desc);
