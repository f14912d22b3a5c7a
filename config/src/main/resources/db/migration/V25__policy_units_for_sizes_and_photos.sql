-- The upload limit is in megabytes and the complaint's least number of photos is photos: shown as a count
-- ("100 次", "5 times") both read wrong to the admin who edits them.
alter table policy_value drop constraint policy_value_unit_check;
alter table policy_value add constraint policy_value_unit_check check (unit in ('MONTHS', 'DAYS', 'WORKING_DAYS', 'HOURS',
    'MINUTES', 'DATE', 'PERCENT', 'POINTS', 'COUNT', 'AMOUNT', 'RATIO', 'MEGABYTES', 'PHOTOS'));

update policy_value set unit = 'MEGABYTES' where policy_key = 'archive-submission.max-mb' and unit = 'COUNT';
update policy_value set unit = 'PHOTOS' where policy_key = 'quality-complaint.min-photos' and unit = 'COUNT';
