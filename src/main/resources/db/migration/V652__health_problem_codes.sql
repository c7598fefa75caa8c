-- Starter problem code list (an administrator loads the full list at /health/codes).
-- Source: WHO ICD-11 for Mortality and Morbidity Statistics (MMS), https://icd.who.int/browse/2024-01/mms — codes and
-- English titles as published; licence CC BY-ND 3.0 IGO (© World Health Organization), which allows redistribution
-- unchanged with attribution. The Arabic and French labels are Sanad's plain descriptions, not WHO's translated
-- titles: replace them with the official ICD-11 French and Arabic titles when the Ministry of Health provides them.
insert into health_problem_code (code, label_ar, label_fr, label_en, chronic_group, follow_up_days) values
('5A10', 'داء السكري من النوع الأول', 'Diabète de type 1', 'Type 1 diabetes mellitus', 'DIABETES', 90),
('5A11', 'داء السكري من النوع الثاني', 'Diabète de type 2', 'Type 2 diabetes mellitus', 'DIABETES', 90),
('BA00', 'ارتفاع ضغط الدم الأساسي', 'Hypertension essentielle', 'Essential hypertension', 'HYPERTENSION', 90),
('CA23', 'الربو', 'Asthme', 'Asthma', 'ASTHMA', 180),
('CA22', 'الداء الرئوي الانسدادي المزمن', 'Bronchopneumopathie chronique obstructive', 'Chronic obstructive pulmonary disease', null, null),
('CA40', 'الالتهاب الرئوي', 'Pneumonie', 'Pneumonia', null, null),
('5B81', 'السمنة', 'Obésité', 'Obesity', null, null),
('5A00', 'قصور الغدة الدرقية', 'Hypothyroïdie', 'Hypothyroidism', null, null),
('3A00', 'فقر الدم بعوز الحديد', 'Anémie par carence en fer', 'Iron deficiency anaemia', null, null),
('8A80', 'الشقيقة', 'Migraine', 'Migraine', null, null),
('8A60', 'الصرع أو النوبات', 'Épilepsie ou crises', 'Epilepsy or seizures', null, null),
('GB61', 'مرض الكلى المزمن', 'Maladie rénale chronique', 'Chronic kidney disease', null, null),
('FA01', 'الفصال العظمي للركبة', 'Arthrose du genou', 'Osteoarthritis of knee', null, null);
