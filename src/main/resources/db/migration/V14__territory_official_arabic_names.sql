-- The official Arabic spelling of wilaya names (Journal officiel): final yeh, not alef maqsura («تيزي وزو», not
-- «تيزى وزو»), and the hamza on alef («الأغواط», «إليزي»). data/wilayas.csv, which the start-up loader upserts, carries
-- the same names; this brings databases already loaded in line at once.
update territory_wilaya set name_ar = 'الأغواط' where code = '03' and name_ar = 'الاغواط';
update territory_wilaya set name_ar = 'أم البواقي' where code = '04' and name_ar = 'أم البواقى';
update territory_wilaya set name_ar = 'تيزي وزو' where code = '15' and name_ar = 'تيزى وزو';
update territory_wilaya set name_ar = 'سيدي بلعباس' where code = '22' and name_ar = 'سيدى بلعباس';
update territory_wilaya set name_ar = 'إليزي' where code = '33' and name_ar = 'ايليزى';
update territory_wilaya set name_ar = 'الوادي' where code = '39' and name_ar = 'الوادى';
-- Units named after their wilaya when they were created («أمن ولاية تيزى وزو») follow.
update organisation_unit set name_ar = replace(name_ar, 'الاغواط', 'الأغواط') where wilaya_code = '03' and name_ar like '%الاغواط%';
update organisation_unit set name_ar = replace(name_ar, 'أم البواقى', 'أم البواقي') where wilaya_code = '04' and name_ar like '%أم البواقى%';
update organisation_unit set name_ar = replace(name_ar, 'تيزى وزو', 'تيزي وزو') where wilaya_code = '15' and name_ar like '%تيزى وزو%';
update organisation_unit set name_ar = replace(name_ar, 'سيدى بلعباس', 'سيدي بلعباس') where wilaya_code = '22' and name_ar like '%سيدى بلعباس%';
update organisation_unit set name_ar = replace(name_ar, 'ايليزى', 'إليزي') where wilaya_code = '33' and name_ar like '%ايليزى%';
update organisation_unit set name_ar = replace(name_ar, 'الوادى', 'الوادي') where wilaya_code = '39' and name_ar like '%الوادى%';
