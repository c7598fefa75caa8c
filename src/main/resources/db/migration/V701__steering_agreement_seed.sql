-- the framework agreement between the ministry and the DGSN, signed on 23 November 2025 at the CNFPS Birkhadem,
-- as published; its results framework and the 2026 national targets

insert into steering_party (code, name_ar, name_fr, signatory_ar, signatory_fr) values
('MINISTRY', 'وزارة التضامن الوطني والأسرة وقضايا المرأة', 'Ministère de la Solidarité nationale, de la Famille et de la Condition de la femme',
 'وزيرة التضامن الوطني والأسرة وقضايا المرأة', 'La ministre de la Solidarité nationale, de la Famille et de la Condition de la femme'),
('DGSN', 'المديرية العامة للأمن الوطني', 'Direction générale de la Sûreté nationale',
 'المدير العام للأمن الوطني', 'Le directeur général de la Sûreté nationale');

insert into steering_agreement (code, title_ar, title_fr, signed_on, place_ar, place_fr, duration_years, renewal_ar, renewal_fr) values
('ACCORD-2025', 'اتفاقية إطار بين وزارة التضامن الوطني والأسرة وقضايا المرأة والمديرية العامة للأمن الوطني',
 'Accord-cadre entre le ministère de la Solidarité nationale, de la Famille et de la Condition de la femme et la DGSN',
 date '2025-11-23', 'المركز الوطني لتكوين المستخدمين المتخصصين، بئر خادم (الجزائر)', 'Centre national de formation des personnels spécialisés (CNFPS), Birkhadem (Alger)',
 3, 'تُجدَّد ضمنيًا لنفس المدة ما لم يُشعر أحد الطرفين الآخر كتابيًا بعدم التجديد قبل ثلاثة أشهر من انقضائها.',
 'Renouvelable par tacite reconduction pour la même durée, sauf dénonciation écrite par l''une des parties trois mois avant son échéance.');

insert into steering_article (agreement_id, number, title_ar, title_fr)
select a.id, v.n, v.ar, v.fr from steering_agreement a, (values
 (1, 'موضوع الاتفاقية', 'Objet de l''accord'),
 (2, 'المستفيدون من التكوين', 'Bénéficiaires de la formation'),
 (3, 'ميادين التكوين وأنماطه', 'Domaines et types de formation'),
 (4, 'التزامات وزارة التضامن الوطني', 'Engagements du ministère'),
 (5, 'التزامات المديرية العامة للأمن الوطني', 'Engagements de la DGSN'),
 (6, 'السياسة الاجتماعية لفائدة المنتسبين', 'Politique sociale au profit des fonctionnaires'),
 (7, 'لجنة المتابعة المشتركة', 'Comité mixte de suivi'),
 (8, 'مدة الاتفاقية وتجديدها', 'Durée et renouvellement')) as v(n, ar, fr)
where a.code = 'ACCORD-2025';

insert into steering_commitment (article_id, party_code, text_ar, text_fr)
select ar.id, v.party, v.ar, v.fr from steering_article ar join steering_agreement a on a.id = ar.agreement_id, (values
 (1, 'MINISTRY', 'تكوين مستخدمي الأمن الوطني في المراكز الوطنية للتكوين التابعة للوزارة.', 'Former les personnels de la Sûreté nationale dans les centres nationaux de formation du ministère.'),
 (2, 'DGSN', 'ترشيح رؤساء المراكز الثقافية والترفيهية ومؤسسات الاستقبال ورعاية الطفولة ومساعديهم للتكوين.', 'Désigner à la formation les chefs des centres culturels et de loisirs, des établissements d''accueil et de protection de l''enfance et leurs adjoints.'),
 (3, 'MINISTRY', 'ضمان تكوين متخصص وتأهيلي وتحسين المستوى في التربية المتخصصة والمساعدة الاجتماعية والوساطة الاجتماعية وإعادة التأهيل المهني.', 'Assurer une formation spécialisée, qualifiante et de perfectionnement en éducation spécialisée, assistance sociale, médiation sociale et réadaptation professionnelle.'),
 (4, 'MINISTRY', 'إعداد البرامج التكوينية انطلاقًا من احتياجات الميدان وتسليم شهادات التكوين.', 'Concevoir les programmes à partir des besoins du terrain et délivrer les attestations de formation.'),
 (5, 'DGSN', 'تنظيم البرامج الثقافية والرياضية والمخيمات الصيفية والرحلات لفائدة المنتسبين وعائلاتهم بواسطة المستخدمين المكوَّنين.', 'Organiser, par les personnels formés, les programmes culturels et sportifs, les colonies de vacances et les voyages au profit des fonctionnaires et de leurs familles.'),
 (5, 'DGSN', 'تشجيع المواهب والتعاون مع الجمعيات المحلية وتسيير النوادي الرياضية.', 'Encourager les talents, coopérer avec les associations locales et gérer les clubs sportifs.'),
 (6, 'DGSN', 'التكفل بالانشغالات المهنية والمتابعة النفسية للمنتسبين والرعاية الصحية لعائلاتهم.', 'Prendre en charge les préoccupations professionnelles, le suivi psychologique des fonctionnaires et la santé de leurs familles.'),
 (7, 'MINISTRY', 'المشاركة في لجنة المتابعة المشتركة برئاسة مشتركة.', 'Participer au comité mixte de suivi, en coprésidence.'),
 (7, 'DGSN', 'المشاركة في لجنة المتابعة المشتركة برئاسة مشتركة.', 'Participer au comité mixte de suivi, en coprésidence.')) as v(n, party, ar, fr)
where a.code = 'ACCORD-2025' and ar.number = v.n;

-- version 1: the signed text, as the articles and commitments above read; approved by the co-chairs in Sanad
insert into steering_version (agreement_id, number, kind, effective_on, content_ar, content_fr, created_by)
select a.id, 1, 'ORIGINAL', a.signed_on,
  (select string_agg('المادة ' || ar.number || ': ' || ar.title_ar || E'\n' ||
     coalesce((select string_agg('- ' || c.text_ar, E'\n' order by c.id) from steering_commitment c where c.article_id = ar.id), ''),
     E'\n\n' order by ar.number) from steering_article ar where ar.agreement_id = a.id),
  (select string_agg('Article ' || ar.number || ' : ' || ar.title_fr || E'\n' ||
     coalesce((select string_agg('- ' || c.text_fr, E'\n' order by c.id) from steering_commitment c where c.article_id = ar.id), ''),
     E'\n\n' order by ar.number) from steering_article ar where ar.agreement_id = a.id),
  'system'
from steering_agreement a where a.code = 'ACCORD-2025';

insert into steering_objective (code, title_ar, title_fr) values
('O1', 'تأهيل مستخدمي الأمن الوطني المكلفين بالنشاط الاجتماعي', 'Qualifier les personnels de la Sûreté nationale chargés de l''action sociale'),
('O2', 'خدمات اجتماعية وثقافية لفائدة المنتسبين وعائلاتهم', 'Des services sociaux et culturels pour les fonctionnaires et leurs familles');

insert into steering_result (objective_id, code, title_ar, title_fr)
select o.id, v.code, v.ar, v.fr from steering_objective o, (values
 ('O1', 'R1.1', 'مستخدمون مكوَّنون ومعتمدون', 'Des personnels formés et certifiés'),
 ('O2', 'R2.1', 'نشاطات ينشطها المستخدمون المكوَّنون', 'Des activités animées par les personnels formés'),
 ('O2', 'R2.2', 'مخيمات صيفية في متناول العائلات', 'Des colonies de vacances accessibles aux familles')) as v(o, code, ar, fr)
where o.code = v.o;

insert into steering_indicator (result_id, commitment_id, code, name_ar, name_fr, definition_ar, definition_fr, unit, factor, source, source_key, disaggregation, baseline)
select r.id, (select c.id from steering_commitment c join steering_article ar on ar.id = c.article_id where ar.number = v.article order by c.id limit 1),
  v.code, v.nar, v.nfr, v.dar, v.dfr, v.unit, v.factor, 'COMPUTED', v.skey, v.dis, 0
from steering_result r, (values
 ('R1.1', 4, 'IND-CERT', 'الشهادات المسلَّمة', 'Attestations délivrées', 'عدد شهادات التكوين غير الملغاة المسلَّمة خلال السنة، حسب المركز.', 'Nombre d''attestations de formation délivrées dans l''année et non révoquées, par centre.', 'COUNT', 1, 'training.certificates', 'CENTRE'),
 ('R1.1', 1, 'IND-TRAINED', 'الأشخاص المكوَّنون', 'Personnes formées', 'عدد المنتسبين الذين أتموا دورة انتهت خلال السنة، حسب المركز.', 'Nombre de fonctionnaires ayant achevé une session terminée dans l''année, par centre.', 'COUNT', 1, 'training.trained', 'CENTRE'),
 ('R2.1', 5, 'IND-ACT', 'النشاطات المنظمة', 'Activités organisées', 'عدد النشاطات غير الملغاة التي بدأت خلال السنة، حسب الولاية.', 'Nombre d''activités non annulées commencées dans l''année, par wilaya.', 'COUNT', 1, 'activities.run', 'WILAYA'),
 ('R2.1', 5, 'IND-PART', 'المشاركون في النشاطات', 'Participants aux activités', 'عدد التسجيلات المؤكدة في نشاطات السنة، حسب الولاية.', 'Nombre d''inscriptions confirmées aux activités de l''année, par wilaya.', 'COUNT', 1, 'activities.participants', 'WILAYA'),
 ('R2.2', 5, 'IND-CAMP', 'نسبة الطلبات المستفيدة من مكان', 'Part des demandes placées', 'الطلبات التي حصلت على مكان ÷ مجموع الطلبات × 100، حسب الولاية.', 'Demandes placées ÷ demandes déposées × 100, par wilaya.', 'PERCENT', 100, 'holidays.placed-share', 'WILAYA')) as v(res, article, code, nar, nfr, dar, dfr, unit, factor, skey, dis)
where r.code = v.res;

-- indicators the care modules will feed (sources published by psychology and health), and a manual one
insert into steering_indicator (result_id, commitment_id, code, name_ar, name_fr, definition_ar, definition_fr, unit, factor, source, source_key, disaggregation, sensitive)
select r.id, (select c.id from steering_commitment c join steering_article ar on ar.id = c.article_id where ar.number = 6),
  v.code, v.nar, v.nfr, v.dar, v.dfr, v.unit, v.factor, v.src, v.skey, 'NONE', v.sens
from steering_result r, (values
 ('IND-PSY', 'حصص المتابعة النفسية', 'Séances de suivi psychologique', 'عدد الحصص المنجزة خلال السنة (إجمالي فقط).', 'Nombre de séances tenues dans l''année (agrégat seulement).', 'COUNT', 1, 'COMPUTED', 'psychology.sessions', true),
 ('IND-VAC', 'التغطية بالتلقيح لأطفال المنتسبين', 'Couverture vaccinale des enfants des fonctionnaires', 'الأطفال الملقحون حسب الرزنامة ÷ الأطفال المعنيون × 100.', 'Enfants à jour de leur calendrier ÷ enfants concernés × 100.', 'PERCENT', 100, 'COMPUTED', 'health.vaccination-coverage', true),
 ('IND-SAT', 'رضا المستفيدين عن الخدمات', 'Satisfaction des bénéficiaires', 'نسبة الراضين في استطلاع الرضا السنوي (وثيقة إثبات مرفقة).', 'Part des satisfaits à l''enquête annuelle (pièce justificative jointe).', 'PERCENT', 100, 'MANUAL', null, false)) as v(code, nar, nfr, dar, dfr, unit, factor, src, skey, sens)
where r.code = 'R2.1';

insert into steering_target (indicator_id, year, scope_key, target)
select i.id, 2026, '', v.t from steering_indicator i, (values
 ('IND-CERT', 400), ('IND-TRAINED', 400), ('IND-ACT', 1200), ('IND-PART', 30000), ('IND-CAMP', 60),
 ('IND-PSY', 5000), ('IND-VAC', 95), ('IND-SAT', 80)) as v(code, t)
where i.code = v.code;
