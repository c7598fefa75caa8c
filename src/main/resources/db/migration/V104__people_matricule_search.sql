-- Matricules typed in part or in lower case ("M-16", "7001", "m-16-0001"). Prefixes and whole matricules are read
-- from a btree on the upper-cased matricule that covers what ranking and scope read (index-only); a fragment from
-- inside a matricule from a trigram index (three characters at least, as the search asks).
create index people_member_matricule_upper_idx on people_member (upper(matricule) text_pattern_ops)
    include (matricule, id, last_name_ar, first_name_ar, wilaya_code, unit_id);
create index people_member_matricule_trgm on people_member using gin (upper(matricule) gin_trgm_ops);
