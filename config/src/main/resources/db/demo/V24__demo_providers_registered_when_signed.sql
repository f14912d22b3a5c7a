-- The demo's providers stand for ones that have worked with the system since they signed (their archive weeks, case
-- studies and scores go back months): registered in the system on their signing day, so that the weeks they owe
-- (archive_week_owed, V23) are those of their history, not only the ones after the demo was loaded.
update service_provider
set created_at = cast(agreement_signed_on as timestamp) at time zone 'Asia/Shanghai'
where agreement_signed_on is not null
  and created_at > cast(agreement_signed_on as timestamp) at time zone 'Asia/Shanghai';
