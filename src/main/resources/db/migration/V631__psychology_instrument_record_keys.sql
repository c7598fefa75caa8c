-- Both tables now land together on the psychology branch: a questionnaire and its safety alert belong to a
-- psychological record that exists (V630 said this constraint would follow).
alter table psy_administration
    add constraint psy_administration_record_fk foreign key (record_id) references psy_case (id);
alter table psy_safety_alert
    add constraint psy_safety_alert_record_fk foreign key (record_id) references psy_case (id);
