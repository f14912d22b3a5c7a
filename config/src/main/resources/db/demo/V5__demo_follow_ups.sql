-- Demo follow-up calls and surveys, relative to the moment the demo database is created: a queue with calls due today,
-- some overdue and one waiting for a retry; surveys answered (mostly satisfied); customers who could not be reached
-- after three attempts; and unsatisfied customers at each step of the loop with their provider (awaiting the reply,
-- replied late, awaiting the re-call, resolved).

create temporary table demo_follow_up on commit drop as
select i.id as installation_id, i.customer_id, i.dealer_id, i.provider_id,
       (row_number() over (order by i.accepted_on desc, i.id desc))::int as n
from installation_archive i
join customer c on c.id = i.customer_id and c.merged_into_id is null
where i.accepted_on is not null and i.provider_id is not null
order by i.accepted_on desc, i.id desc
limit 60;

insert into follow_up (kind, source_key, customer_id, installation_id, provider_id, dealer_id, created_at, due_from, due_at,
                       window_policy_id, priority, status, ready_at, attempts, failed_attempts, last_outcome,
                       completed_at, completed_by, satisfied)
select 'INSTALLATION', 'I:' || d.installation_id, d.customer_id, d.installation_id, d.provider_id, d.dealer_id,
       s.due_at - interval '8 days', s.due_at - interval '8 days', s.due_at,
       (select id from policy_value where policy_key = 'followup.call-window.installation'), 3, s.status,
       case when d.n = 3 then now() + interval '3 hours' else s.due_at - interval '8 days' end,
       s.attempts, s.failed, s.last_outcome,
       case when s.status = 'OPEN' then null else s.due_at - interval '2 days' end,
       case when s.status = 'OPEN' then null else 'agent' end,
       case when s.status = 'DONE' then d.n % 9 <> 0 end
from demo_follow_up d
cross join lateral (
    select case when d.n <= 12 then now() + (d.n - 6) * interval '20 hours'
                else now() - (d.n - 12) * interval '1 day' end as due_at,
           case when d.n <= 12 then 'OPEN' when d.n <= 50 then 'DONE' else 'UNREACHABLE' end as status,
           case when d.n = 3 then 1 when d.n <= 12 then 0 when d.n <= 50 then 1 else 3 end as attempts,
           case when d.n = 3 then 1 when d.n > 50 then 3 else 0 end as failed,
           case when d.n = 3 then 'NO_ANSWER' when d.n <= 12 then null when d.n <= 50 then 'REACHED' else 'NO_ANSWER' end
               as last_outcome
) s;

-- The attempts behind them: one reached call for each survey, three unanswered calls at different times of day for
-- the unreachable, one unanswered morning call for the follow-up waiting for its retry.
insert into follow_up_attempt (follow_up_id, attempt_no, agent, called_at, outcome)
select f.id, a.no, 'agent', coalesce(f.completed_at, now() - interval '1 hour') - (3 - a.no) * interval '1 day'
                            + a.no * interval '4 hours',
       case when f.status = 'DONE' then 'REACHED' else 'NO_ANSWER' end
from follow_up f
cross join generate_series(1, 3) as a(no)
where f.source_key like 'I:%' and a.no <= f.attempts;

insert into survey_response (follow_up_id, template_id, customer_id, provider_id, dealer_id, installation_id, overall,
                             satisfied, satisfied_policy_id, comment, answered_at, answered_by)
select f.id, (select id from survey_template where code = 'SERVICE_CARD' and status = 'PUBLISHED'), f.customer_id,
       f.provider_id, f.dealer_id, f.installation_id, case when f.satisfied then 4 + f.id % 2 else 2 end, f.satisfied,
       (select id from policy_value where policy_key = 'survey.satisfied-score'),
       case when f.satisfied then null else '踢脚线没有装好，垃圾没有清理' end, f.completed_at, 'agent'
from follow_up f
where f.source_key like 'I:%' and f.status = 'DONE';

insert into survey_answer (response_id, question_id, score, text)
select r.id, q.id,
       case q.kind when 'SCALE' then case when q.overall then r.overall else greatest(r.overall, 3) end
                   when 'YES_NO' then case when r.satisfied or q.position <> 5 then 1 else 0 end end,
       case when q.kind = 'TEXT' then r.comment end
from survey_response r
join survey_question q on q.template_id = r.template_id
where q.kind <> 'TEXT' or r.comment is not null;

-- The unsatisfied customers, handed to their provider.
insert into unsatisfied_item (follow_up_id, customer_id, provider_id, installation_id, status, round, opened_at, resolved_at)
select f.id, f.customer_id, f.provider_id, f.installation_id,
       case (row_number() over (order by f.id))::int % 4 when 1 then 'AWAITING_REPLY' when 2 then 'AWAITING_REPLY'
                                                         when 3 then 'AWAITING_RECALL' else 'RESOLVED' end,
       1, f.completed_at,
       case when (row_number() over (order by f.id))::int % 4 = 0 then f.completed_at + interval '2 days' end
from follow_up f
where f.source_key like 'I:%' and f.status = 'DONE' and not f.satisfied;

-- One item waits for a reply still in time, one for a reply already late (recorded against the provider), one was
-- answered and waits for the re-call, one was resolved.
insert into unsatisfied_item_round (item_id, round, response_id, opened_at, reply_due, reply_policy_id, replied_at,
                                    replied_by, handling, result, late_recorded_at)
select i.id, 1, r.id, i.opened_at,
       case when i.status = 'AWAITING_REPLY' and i.id % 2 = 0 then now() + interval '20 hours'
            else i.opened_at + interval '24 hours' end,
       (select id from policy_value where policy_key = 'followup.provider-reply'),
       case when i.status <> 'AWAITING_REPLY' then i.opened_at + interval '6 hours' end,
       case when i.status <> 'AWAITING_REPLY' then 'provider' end,
       case when i.status <> 'AWAITING_REPLY' then '安排服务师上门补装踢脚线并清理现场' end,
       case when i.status <> 'AWAITING_REPLY' then '已处理，客户当场认可' end,
       case when i.status = 'AWAITING_REPLY' and i.id % 2 = 1 then i.opened_at + interval '24 hours' end
from unsatisfied_item i
join survey_response r on r.follow_up_id = i.follow_up_id;

-- Keep the demo's open item in time however old its survey is.
update unsatisfied_item set opened_at = now() - interval '4 hours'
where status = 'AWAITING_REPLY' and id % 2 = 0;

insert into follow_up (kind, source_key, customer_id, installation_id, provider_id, dealer_id, item_id, created_at,
                       due_from, due_at, window_policy_id, priority, status, ready_at, attempts, completed_at,
                       completed_by, satisfied, last_outcome)
select 'RECALL', 'R:' || r.id, i.customer_id, i.installation_id, i.provider_id, f.dealer_id, i.id, r.replied_at,
       r.replied_at, r.replied_at + interval '24 hours',
       (select id from policy_value where policy_key = 'followup.call-window.recall'), 1,
       case when i.status = 'RESOLVED' then 'DONE' else 'OPEN' end, r.replied_at,
       case when i.status = 'RESOLVED' then 1 else 0 end,
       i.resolved_at, case when i.status = 'RESOLVED' then 'agent' end,
       case when i.status = 'RESOLVED' then true end,
       case when i.status = 'RESOLVED' then 'REACHED' end
from unsatisfied_item i
join unsatisfied_item_round r on r.item_id = i.id and r.round = 1
join follow_up f on f.id = i.follow_up_id
where i.status in ('AWAITING_RECALL', 'RESOLVED');

update unsatisfied_item_round r set recall_id = f.id
from follow_up f where f.source_key = 'R:' || r.id;

insert into customer_event (customer_id, occurred_at, kind, summary, ref_type, ref_id, actor)
select f.customer_id, f.completed_at, case when f.satisfied then 'SURVEY_SATISFIED' else 'SURVEY_UNSATISFIED' end,
       '#' || f.id || ' ' || r.overall || '/5', 'FOLLOW_UP', f.id, 'agent'
from follow_up f join survey_response r on r.follow_up_id = f.id;
