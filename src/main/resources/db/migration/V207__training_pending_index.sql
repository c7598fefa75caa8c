-- the ministry's home page counts pending nominations on every visit
create index training_nomination_pending on training_nomination (session_id) where status = 'PENDING';
