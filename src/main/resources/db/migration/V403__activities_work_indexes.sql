-- an establishment head's home page counts the waiting lists and the athletes whose medical certificate expired
create index activities_registration_waiting on activities_registration (unit_id) where status = 'WAITING';
create index activities_athlete_medical on activities_athlete (section_id, medical_valid_until) where active;
