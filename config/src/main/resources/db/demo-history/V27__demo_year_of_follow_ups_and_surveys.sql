-- A year of follow-up calls (回访) and surveys on the history (demo run only), as the events created them: one call per
-- installation accepted in the year (7 days to the end of the 7th day, Beijing time), per repair or maintenance visit
-- (24 h from the visit) and per complaint checked (24 h; the complaint closed when it found the customer satisfied).
-- Calls whose window has not ended yet wait in the queue. Of the others about 94% reached the customer (one in twenty
-- after the window), the rest were unreachable after three calls at different times of day or refused. The service
-- quality card's overall score decides satisfaction (the policy's 4 of 5); satisfaction differs by provider (P-BJ-001
-- best, P-CD-001 below the reward's 80%) and improves through the year. Each unsatisfied answer became an item for the
-- provider, answered within 24 h (one in six late, recorded against it) and closed by a satisfied re-call.

create temporary table demo_h_call on commit drop as
select 'INSTALLATION' as kind, 'I:' || i.id as source_key, i.customer_id, i.id as installation_id,
       cast(null as bigint) as case_id, cast(null as bigint) as order_id, i.provider_id, i.dealer_id,
       i.created_at, cast(i.accepted_on as timestamp) at time zone 'Asia/Shanghai' as due_from,
       cast(i.accepted_on + 8 as timestamp) at time zone 'Asia/Shanghai' as due_at,
       'followup.call-window.installation' as policy_key, 3 as priority, p.code as provider_code
from installation_archive i join service_provider p on p.id = i.provider_id
where i.created_by = 'demo-history' and i.accepted_on >= current_date - 365
union all
select 'VISIT', 'O:' || o.id, sc.customer_id, sc.installation_id, sc.id, o.id, o.provider_id, sc.dealer_id,
       o.done_at, o.done_at, o.done_at + interval '24 hours', 'followup.call-window.visit', 2, p.code
from dispatch_order o join service_case sc on sc.id = o.case_id join service_provider p on p.id = o.provider_id
join installation_archive i on i.id = sc.installation_id
where i.created_by = 'demo-history' and sc.case_type in ('REPAIR', 'MAINTENANCE')
union all
select 'COMPLAINT', 'C:' || sc.id || ':1', sc.customer_id, sc.installation_id, sc.id, null, sc.provider_id, sc.dealer_id,
       o.checked_at, o.checked_at, o.checked_at + interval '24 hours', 'followup.call-window.complaint', 1, p.code
from service_case sc join dispatch_order o on o.case_id = sc.id join service_provider p on p.id = sc.provider_id
join installation_archive i on i.id = sc.installation_id
where i.created_by = 'demo-history' and sc.case_type = 'COMPLAINT';

alter table demo_h_call add column h integer, add column status varchar(15), add column completed_at timestamptz,
                        add column satisfied boolean;
update demo_h_call set h = (abs(hashtext(source_key)) % 1000);
update demo_h_call c set
    status = case when c.due_at >= now() then 'OPEN'
                  when c.kind = 'COMPLAINT' then 'DONE'
                  when c.h < 40 then 'UNREACHABLE' when c.h < 55 then 'REFUSED' else 'DONE' end,
    completed_at = case when c.due_at >= now() then null
                        when c.kind = 'COMPLAINT' then c.due_from + interval '20 hours'
                        when c.h between 55 and 104 then least(c.due_at + interval '3 hours' + (c.h % 40) * interval '1 hour',
                                                               now() - interval '30 minutes')
                        else c.due_from + (c.due_at - c.due_from) * (0.1 + (c.h % 80) / 100.0) end;
-- satisfaction: the provider's level plus half a point a month through the year, drawn from another hash
update demo_h_call c set satisfied = case
    when c.status <> 'DONE' then null
    when c.kind = 'COMPLAINT' then true
    when c.completed_at > now() - interval '3 days' then true           -- recent answers: no item left half-way
    else (abs(hashtext(c.source_key || '#')) % 1000) <
         1000 * (case c.provider_code when 'P-BJ-001' then 0.93 when 'P-SH-001' then 0.91 when 'P-HZ-001' then 0.89
                                      when 'P-SZ-001' then 0.87 when 'P-JH-001' then 0.85 else 0.76 end
                 + 0.005 * greatest(0, 12 - extract(epoch from now() - c.completed_at) / 86400 / 30.4)) end;

analyze demo_h_call;   -- a temporary table has no statistics until asked: the joins below need them

insert into follow_up (kind, source_key, customer_id, installation_id, case_id, order_id, provider_id, dealer_id, created_at,
                       due_from, due_at, window_policy_id, priority, status, ready_at, attempts, failed_attempts,
                       last_outcome, completed_at, completed_by, satisfied)
select c.kind, c.source_key, c.customer_id, c.installation_id, c.case_id, c.order_id, c.provider_id, c.dealer_id,
       c.created_at, c.due_from, c.due_at, w.id, c.priority, c.status, c.due_from,
       case c.status when 'OPEN' then 0 when 'UNREACHABLE' then 3 when 'REFUSED' then 1 else 1 + (c.h % 5 = 0)::int end,
       case c.status when 'UNREACHABLE' then 3 when 'DONE' then (c.h % 5 = 0)::int else 0 end,
       case c.status when 'OPEN' then null when 'UNREACHABLE' then 'NO_ANSWER' when 'REFUSED' then 'REFUSED' else 'REACHED' end,
       c.completed_at, case when c.status <> 'OPEN' then 'agent' end, c.satisfied
from demo_h_call c
cross join lateral (select id from policy_value v where v.policy_key = c.policy_key and v.effective_from <= c.created_at
                      and v.brand is null and v.product_line is null order by v.effective_from desc limit 1) w;

-- the calls behind them: a reached call (after an unanswered one for one in five), three unanswered calls morning,
-- afternoon and evening for the unreachable, the refusal
insert into follow_up_attempt (follow_up_id, attempt_no, agent, called_at, outcome)
select f.id, a.no, 'agent',
       case when f.status = 'UNREACHABLE' then f.completed_at - (3 - a.no) * interval '5 hours'
            when a.no < f.attempts then f.completed_at - interval '4 hours' else f.completed_at end,
       case when f.status = 'UNREACHABLE' then (array['NO_ANSWER','BUSY','NO_ANSWER'])[a.no]
            when f.status = 'REFUSED' then 'REFUSED'
            when a.no < f.attempts then 'NO_ANSWER' else 'REACHED' end
from follow_up f
join demo_h_call c on c.source_key = f.source_key
cross join generate_series(1, 3) as a(no)
where f.status <> 'OPEN' and a.no <= f.attempts;

insert into survey_response (follow_up_id, template_id, customer_id, provider_id, dealer_id, case_id, installation_id, overall,
                             satisfied, satisfied_policy_id, comment, answered_at, answered_by)
select f.id, (select id from survey_template where code = 'SERVICE_CARD' and version = 1), f.customer_id, f.provider_id,
       f.dealer_id, f.case_id, f.installation_id,
       case when f.satisfied then 4 + (f.id % 3 > 0)::int else 1 + (f.id % 5 > 0)::int + (f.id % 5 > 2)::int end,
       f.satisfied,
       (select id from policy_value v where v.policy_key = 'survey.satisfied-score' and v.effective_from <= f.completed_at
        order by v.effective_from desc limit 1),
       case when not f.satisfied then (array['踢脚线没有装好，垃圾没有清理', '师傅迟到了两个小时也没打电话',
                                            '地板有几处缝隙，师傅说正常', '收了额外的搬运费', '维修后还是有响声'])[1 + f.id % 5]
            when f.id % 6 = 0 then (array['师傅很专业，讲解很仔细', '铺得很平整，很满意', '服务态度好，准时到达'])[1 + f.id % 3]
       end,
       f.completed_at, 'agent'
from follow_up f join demo_h_call c on c.source_key = f.source_key
where f.status = 'DONE';

insert into survey_answer (response_id, question_id, score, text)
select r.id, q.id,
       case q.kind when 'SCALE' then case when q.overall then r.overall else greatest(r.overall - (r.id % 2)::int, 2) end
                   when 'YES_NO' then case when r.satisfied or q.position not in (1, 5) then 1 else (r.id % 2)::int end end,
       case when q.kind = 'TEXT' then r.comment end
from survey_response r
join follow_up f on f.id = r.follow_up_id
join demo_h_call c on c.source_key = f.source_key
join survey_question q on q.template_id = r.template_id
where q.kind <> 'TEXT' or r.comment is not null;

-- the unsatisfied customers, handed to their provider, each closed by a satisfied re-call
insert into unsatisfied_item (follow_up_id, customer_id, provider_id, case_id, installation_id, status, round, opened_at)
select f.id, f.customer_id, f.provider_id, f.case_id, f.installation_id, 'RESOLVED', 1, f.completed_at
from follow_up f join demo_h_call c on c.source_key = f.source_key
where f.status = 'DONE' and not f.satisfied;

insert into unsatisfied_item_round (item_id, round, response_id, opened_at, reply_due, reply_policy_id, replied_at,
                                    replied_by, handling, result, late_recorded_at)
select i.id, 1, r.id, i.opened_at, i.opened_at + cast(v.value as integer) * interval '1 hour', v.id,
       i.opened_at + case when i.id % 6 = 0 then cast(v.value as integer) + 3 + i.id % 12 else 3 + i.id % 18 end * interval '1 hour',
       coalesce((select u.username from app_user u where u.provider_id = i.provider_id order by u.id limit 1), 'provider'),
       (array['安排服务师上门补装踢脚线并清理现场', '向客户道歉，退还多收的费用', '重新调整地板缝隙并复查',
              '更换有响声的地板，加固龙骨'])[1 + i.id % 4],
       '已处理，客户当场认可',
       case when i.id % 6 = 0 then i.opened_at + cast(v.value as integer) * interval '1 hour' + interval '1 minute' end
from unsatisfied_item i
join follow_up f on f.id = i.follow_up_id
join demo_h_call c on c.source_key = f.source_key
join survey_response r on r.follow_up_id = i.follow_up_id
cross join lateral (select id, value from policy_value v where v.policy_key = 'followup.provider-reply'
                      and v.effective_from <= i.opened_at order by v.effective_from desc limit 1) v;

insert into follow_up (kind, source_key, customer_id, installation_id, case_id, provider_id, dealer_id, item_id, created_at,
                       due_from, due_at, window_policy_id, priority, status, ready_at, attempts, completed_at,
                       completed_by, satisfied, last_outcome)
select 'RECALL', 'R:' || r.id, i.customer_id, i.installation_id, i.case_id, i.provider_id, f.dealer_id, i.id, r.replied_at,
       r.replied_at, r.replied_at + interval '24 hours',
       (select id from policy_value where policy_key = 'followup.call-window.recall' and effective_from <= r.replied_at
        order by effective_from desc limit 1), 1, 'DONE', r.replied_at, 1,
       r.replied_at + (2 + i.id % 15) * interval '1 hour', 'agent', true, 'REACHED'
from unsatisfied_item i
join unsatisfied_item_round r on r.item_id = i.id and r.round = 1
join follow_up f on f.id = i.follow_up_id
join demo_h_call c on c.source_key = f.source_key;

update unsatisfied_item_round r set recall_id = f.id
from follow_up f where f.source_key = 'R:' || r.id and r.recall_id is null;

update unsatisfied_item i set resolved_at = f.completed_at
from follow_up f where f.item_id = i.id and f.kind = 'RECALL' and i.resolved_at is null and i.status = 'RESOLVED';

insert into follow_up_attempt (follow_up_id, attempt_no, agent, called_at, outcome)
select f.id, 1, 'agent', f.completed_at, 'REACHED'
from follow_up f
where f.kind = 'RECALL' and f.status = 'DONE'
  and not exists (select 1 from follow_up_attempt a where a.follow_up_id = f.id);

insert into customer_event (customer_id, occurred_at, kind, summary, ref_type, ref_id, actor)
select f.customer_id, f.completed_at, case when f.satisfied then 'SURVEY_SATISFIED' else 'SURVEY_UNSATISFIED' end,
       '#' || f.id || ' ' || r.overall || '/5', 'FOLLOW_UP', f.id, 'agent'
from follow_up f join survey_response r on r.follow_up_id = f.id
join demo_h_call c on c.source_key = f.source_key;
