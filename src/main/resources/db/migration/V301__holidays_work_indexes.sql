-- the directorate's home page counts appeals waiting for an answer on every visit
create index holiday_application_appeal_pending on holiday_application (season_id) where appeal_status = 'PENDING';
