-- The management dashboard reads each view as one grouped statement over a period. These indexes let the
-- statements the period does not already serve find their rows by time (service_case, survey_response,
-- follow_up and information_item have theirs): installations by day, and the case-study months.
create index if not exists installation_installed_on_idx on installation_archive (installed_on);
create index if not exists case_study_compliance_month_idx on case_study_compliance (month, provider_id);
