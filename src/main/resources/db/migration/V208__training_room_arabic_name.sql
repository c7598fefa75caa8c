-- a room is named in both languages: Arabic pages and documents show «القاعة أ», French ones "Salle A"
alter table training_room add column name_ar varchar(200);
