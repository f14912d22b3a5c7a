-- A few SLA clocks that stood paused (停表) on the demo's open cases: a visit put off because the customer was not at
-- home (paused six hours, resumed: the on-site deadline moved by six hours), one waiting for the maker's parts right now
-- (with the call's recording id), and one pause a supervisor rejected (the deadline as if it had never paused). Only
-- on-site clocks with time left are touched, so that nothing here breaches or escalates.

create temporary table demo_pause_plan on commit drop as
select sc.id as case_id, sc.customer_id, sc.reopen_count, sc.on_site_due,
       (row_number() over (order by sc.id))::int as n
from service_case sc
where sc.status in ('OPEN', 'DISPATCHED') and sc.case_type <> 'CONSULTATION' and sc.on_site_at is null
  and sc.on_site_due > now() + interval '8 hours' and sc.opened_at < now() - interval '11 hours';

-- 1: the customer was not at home when the technician called; resumed after six hours.
insert into sla_pause (case_id, clock, cycle, reason_code, party, note, recording_id, due_at_pause, paused_at, paused_by,
                       resumed_at, resumed_by, shift_seconds)
select case_id, 'ON_SITE', reopen_count, 'CUSTOMER_NOT_HOME', 'CUSTOMER', '技师按约上门，客户不在家，电话无人接听，已留言改约',
       'REC-' || to_char(now() - interval '10 hours', 'YYYYMMDD') || '-0' || (300 + case_id), on_site_due,
       now() - interval '10 hours', 'agent', now() - interval '4 hours', 'agent', 6 * 3600
from demo_pause_plan where n = 1;

-- 2: waiting for the maker's replacement boards, still paused.
insert into sla_pause (case_id, clock, cycle, reason_code, party, note, recording_id, due_at_pause, paused_at, paused_by)
select case_id, 'ON_SITE', reopen_count, 'MAKER_PARTS', 'MAKER', '同批次同色号地板缺货，厂家补发，预计三天到货',
       'REC-' || to_char(now() - interval '2 hours', 'YYYYMMDD') || '-0' || (500 + case_id), on_site_due,
       now() - interval '2 hours', 'agent'
from demo_pause_plan where n = 2;

-- 3: said to be the customer's wish for a later date; the recording said otherwise and the supervisor rejected it.
insert into sla_pause (case_id, clock, cycle, reason_code, party, note, recording_id, due_at_pause, paused_at, paused_by,
                       resumed_at, resumed_by, shift_seconds, rejected_at, rejected_by, rejection_reason)
select case_id, 'ON_SITE', reopen_count, 'CUSTOMER_LATER_DATE', 'CUSTOMER', '客户称周末才有空', 'REC-'
       || to_char(now() - interval '9 hours', 'YYYYMMDD') || '-0' || (700 + case_id), on_site_due,
       now() - interval '9 hours', 'provider', now() - interval '6 hours', 'provider', 0,
       now() - interval '5 hours', 'supervisor', '回听录音，客户要求尽快上门，并未要求改期'
from demo_pause_plan where n = 3;

update service_case sc set on_site_due = sc.on_site_due + interval '6 hours', version = sc.version + 1
from demo_pause_plan p where p.case_id = sc.id and p.n = 1;

insert into case_history (case_id, occurred_at, actor, action, note)
select p.case_id, s.paused_at, s.paused_by, 'CLOCK_PAUSED',
       '上门时限 · ' || r.label_zh || ' · ' || s.note || ' · 录音 ' || s.recording_id
from demo_pause_plan p join sla_pause s on s.case_id = p.case_id join sla_pause_reason r on r.code = s.reason_code
union all
select p.case_id, s.resumed_at, s.resumed_by, 'CLOCK_RESUMED', '上门时限 · ' || r.label_zh || ' · 顺延 ' || (s.shift_seconds / 60) || ' 分钟'
from demo_pause_plan p join sla_pause s on s.case_id = p.case_id join sla_pause_reason r on r.code = s.reason_code
where s.resumed_at is not null and s.rejected_at is null
union all
select p.case_id, s.resumed_at, s.resumed_by, 'CLOCK_RESUMED', '上门时限 · ' || r.label_zh || ' · 顺延 180 分钟'
from demo_pause_plan p join sla_pause s on s.case_id = p.case_id join sla_pause_reason r on r.code = s.reason_code
where s.rejected_at is not null
union all
select p.case_id, s.rejected_at, s.rejected_by, 'PAUSE_REJECTED', '上门时限 · ' || r.label_zh || ' · 收回 180 分钟：' || s.rejection_reason
from demo_pause_plan p join sla_pause s on s.case_id = p.case_id join sla_pause_reason r on r.code = s.reason_code
where s.rejected_at is not null;

insert into customer_event (customer_id, occurred_at, kind, summary, ref_type, ref_id, actor)
select p.customer_id, h.occurred_at, 'CASE_' || h.action, left('#' || p.case_id || ' ' || h.note, 300), 'CASE', p.case_id, h.actor
from demo_pause_plan p join case_history h on h.case_id = p.case_id
where h.action in ('CLOCK_PAUSED', 'CLOCK_RESUMED', 'PAUSE_REJECTED');
