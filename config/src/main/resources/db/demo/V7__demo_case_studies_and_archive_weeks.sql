-- Demo monthly service cases and weekly archive submission outcomes, relative to the moment the demo database is
-- created: last month's typical cases (one judged worthless), and the last four weeks' archives — mostly on time,
-- P-CD-001 late once, P-JH-001 missing once (its archives of that week get technical support only).

insert into case_study (provider_id, month, title, situation, handling, lessons, submitted_at, submitted_by, worthless,
                        judged_by, judged_at, judgement_reason)
select p.id, cast(date_trunc('month', now() at time zone 'Asia/Shanghai') - interval '1 month' as date), v.title,
       v.situation, v.handling, v.lessons, now() - interval '20 days', 'provider', v.worthless,
       case when v.worthless then 'supervisor' end, case when v.worthless then now() - interval '10 days' end,
       case when v.worthless then '只有结论，没有处理过程和经验总结' end
from (values
    ('P-BJ-001', '地暖房间地板开裂的处理', '客户入住后第一次开启地暖即升到28℃，三天后客厅地板多处开裂、翘边。',
     '上门测量含水率，更换开裂地板12块；指导客户地暖每天升温不超过2℃，首次升温持续一周。',
     '地暖房间铺装后必须书面告知客户升温方法，并在验收单上签字确认。', false),
    ('P-SH-001', '卫生间门口地板起拱', '卫生间门口约2㎡地板起拱，门槛石下方渗水。',
     '拆除起拱地板，做防水隔离后重新铺装并留足伸缩缝，更换地板8块。',
     '靠近用水区域必须做防水处理，伸缩缝不少于8mm。', false),
    ('P-HZ-001', '客户投诉地板色差', '客户认为卧室与客厅地板颜色不一致。',
     '已处理。', '无。', true),
    ('P-SZ-001', '龙骨铺装异响', '客厅走动时多处有“吱吱”声。',
     '检查发现龙骨未调平、间距过大；加固龙骨并加垫，重新固定地板。',
     '龙骨间距不得大于300mm，铺装前必须调平并验收。', false)
) as v (provider, title, situation, handling, lessons, worthless)
join service_provider p on p.code = v.provider;

insert into archive_submission_week (provider_id, week_start, deadline_at, outcome, first_submitted_at, recorded_at)
select p.id, w.week_start,
       cast(w.week_start + 7 as timestamp) at time zone 'Asia/Shanghai' + interval '17 hours',
       case when p.code = 'P-CD-001' and w.back = 2 then 'LATE'
            when p.code = 'P-JH-001' and w.back = 3 then 'MISSING'
            else 'ON_TIME' end,
       case when p.code = 'P-JH-001' and w.back = 3 then null
            when p.code = 'P-CD-001' and w.back = 2
                then cast(w.week_start + 8 as timestamp) at time zone 'Asia/Shanghai' + interval '10 hours'
            else cast(w.week_start + 7 as timestamp) at time zone 'Asia/Shanghai' + interval '10 hours' end,
       now()
from service_provider p
cross join (select back, cast(date_trunc('week', now() at time zone 'Asia/Shanghai') as date) - 7 * back as week_start
            from generate_series(1, 4) as back) w
where p.status = 'ACTIVE' and p.agreement_signed_on is not null
  and cast(w.week_start + 7 as timestamp) at time zone 'Asia/Shanghai' + interval '17 hours' < now();

update installation_archive i set technical_support_only = true
from archive_submission_week w
where w.outcome <> 'ON_TIME' and i.provider_id = w.provider_id and i.installed_on between w.week_start and w.week_start + 6;
