-- Demo service cases in every state, relative to the moment the demo database is created: consultations answered on
-- the phone, complaints waiting for dispatch (some already past their first-reply deadline: the SLA watch records and
-- escalates them within a minute of start-up), orders sent, scheduled and returned, closed complaints with their
-- responsibility judged, and one major case escalated at once.

create temporary table demo_case_plan on commit drop as
select c.id as customer_id, i.id as installation_id, i.dealer_id, i.provider_id, c.suburban, p.brand, p.product_line,
       (row_number() over (order by c.id))::int as n,
       (c.name) as customer_name,
       (select ph.number from customer_phone ph where ph.customer_id = c.id order by ph.position limit 1) as phone
from customer c
join installation_archive i on i.customer_id = c.id
join installation_line l on l.installation_id = i.id and l.line_no = 1
join product p on p.id = l.product_id
where c.id % 5 = 1 and c.merged_into_id is null;

insert into service_case (customer_id, installation_id, dealer_id, provider_id, channel, case_type, severity, status,
                          caller_phone, customer_words, answer, suburban, brand, product_line, opened_at, opened_by,
                          first_reply_due, first_reply_policy_id, first_replied_at, on_site_due, on_site_policy_id,
                          on_site_at, escalated_at, responsibility, cost_bearer, responsibility_note, judged_by, judged_at,
                          customer_accepted_at, closed_at, last_action, last_action_at)
select p.customer_id, p.installation_id, p.dealer_id, p.provider_id,
       case when p.n % 9 = 0 then 'DEALER' else 'HOTLINE' end,
       k.case_type, case when p.n = 8 then 'MAJOR' else 'NORMAL' end, k.status,
       p.phone, k.words, k.answer, p.suburban, p.brand, p.product_line, k.opened_at, 'agent',
       case when k.case_type = 'CONSULTATION' then null else k.opened_at + interval '24 hours' end,
       case when k.case_type = 'CONSULTATION' then null else (select id from policy_value where policy_key = 'sla.first-reply') end,
       case when k.stage >= 3 then k.opened_at + interval '3 hours' end,
       case when k.case_type = 'CONSULTATION' then null
            when p.n = 8 then k.opened_at + interval '4 hours'
            when p.suburban then k.opened_at + interval '72 hours' else k.opened_at + interval '24 hours' end,
       case when k.case_type = 'CONSULTATION' then null
            else (select id from policy_value where policy_key = case when p.n = 8 then 'sla.on-site.major'
                                                                      when p.suburban then 'sla.on-site.suburban'
                                                                      else 'sla.on-site.urban' end) end,
       case when k.stage >= 4 then k.opened_at + interval '20 hours' end,
       case when p.n = 8 then k.opened_at end,
       case when k.stage = 5 then (array['INSTALLATION_QUALITY', 'PRODUCT_QUALITY', 'CUSTOMER_USE'])[1 + p.n % 3] end,
       case when k.stage = 5 then (array['PROVIDER', 'MAKER', 'CUSTOMER'])[1 + p.n % 3] end,
       case when k.stage = 5 then '现场查看后界定' end,
       case when k.stage = 5 then 'supervisor' end,
       case when k.stage = 5 then k.opened_at + interval '30 hours' end,
       case when k.status = 'CLOSED' then k.opened_at + interval '2 days' end,
       case when k.status = 'CLOSED' then k.opened_at + interval '2 days' end,
       k.last_action, k.opened_at + interval '1 hour'
from demo_case_plan p
cross join lateral (
    select s.stage,
           case s.stage when 0 then 'CONSULTATION' when 3 then 'REPAIR' else 'COMPLAINT' end as case_type,
           case s.stage when 0 then 'CLOSED' when 1 then 'OPEN' when 2 then 'DISPATCHED' when 3 then 'DISPATCHED'
                        when 4 then 'RETURNED' else 'CLOSED' end as status,
           case s.stage when 0 then 'ANSWERED' when 1 then 'OPENED' when 2 then 'DISPATCHED' when 3 then 'ORDER_SCHEDULED'
                        when 4 then 'ORDER_RETURNED' else 'CUSTOMER_ACCEPTED' end as last_action,
           (array['请问实木多层地板能不能用地暖？', '客厅靠阳台的地板起拱，有三四块翘起来了',
                  '卧室地板缝隙变大，走上去有响声', '厨房门口地板边缘开裂，要求上门维修',
                  '地板表面漆膜有划痕，客户怀疑质量问题', '地板颜色与样板不一致，客户要求说法'])[1 + s.stage] as words,
           case when s.stage = 0 then '可以，实木多层地板适合地暖，铺装时注意地面温度不超过28℃' end as answer,
           -- Open complaints: some opened 30 hours ago, past their first-reply deadline.
           now() - case when s.stage = 1 and p.n % 2 = 0 then interval '30 hours'
                        when s.stage >= 4 then interval '5 days' + (p.n % 10) * interval '1 day'
                        else (p.n % 20) * interval '1 hour' + interval '1 hour' end as opened_at
    from (select case when p.n = 8 then 1 else p.n % 6 end as stage) s
) k;

insert into dispatch_order (case_id, provider_id, repair, agreed_visit_at, tolerance_minutes, tolerance_policy_id, status,
                            instructions, sent_at, accepted_at, scheduled_at, on_site_at, punctual, done_at, returned_at,
                            customer_opinion, handling, materials, checked_by, checked_at, created_by)
select sc.id, sc.provider_id, sc.case_type = 'REPAIR', sc.opened_at + interval '20 hours', 30,
       (select id from policy_value where policy_key = 'dispatch.visit-tolerance'),
       case sc.last_action when 'DISPATCHED' then 'SENT' when 'ORDER_SCHEDULED' then 'SCHEDULED' else 'RETURNED' end,
       '请提前电话联系客户', sc.opened_at + interval '1 hour',
       case when sc.last_action <> 'DISPATCHED' then sc.opened_at + interval '2 hours' end,
       case when sc.last_action <> 'DISPATCHED' then sc.opened_at + interval '3 hours' end,
       case when sc.last_action in ('ORDER_RETURNED', 'CUSTOMER_ACCEPTED') then sc.opened_at + interval '20 hours' end,
       case when sc.last_action in ('ORDER_RETURNED', 'CUSTOMER_ACCEPTED') then true end,
       case when sc.last_action in ('ORDER_RETURNED', 'CUSTOMER_ACCEPTED') then sc.opened_at + interval '22 hours' end,
       case when sc.last_action in ('ORDER_RETURNED', 'CUSTOMER_ACCEPTED') then sc.opened_at + interval '23 hours' end,
       case when sc.last_action in ('ORDER_RETURNED', 'CUSTOMER_ACCEPTED') then 'SATISFIED' end,
       case when sc.last_action in ('ORDER_RETURNED', 'CUSTOMER_ACCEPTED') then '更换起拱地板，重新留足伸缩缝' end,
       case when sc.last_action in ('ORDER_RETURNED', 'CUSTOMER_ACCEPTED') then '地板3块、踢脚线1根' end,
       case when sc.last_action = 'CUSTOMER_ACCEPTED' then 'agent' end,
       case when sc.last_action = 'CUSTOMER_ACCEPTED' then sc.opened_at + interval '25 hours' end,
       'agent'
from service_case sc
where sc.case_type <> 'CONSULTATION' and sc.status <> 'OPEN';

insert into dispatch_technician (order_id, technician_id)
select o.id, t.id
from dispatch_order o
join technician t on t.provider_id = o.provider_id and t.certificate_level = 'SENIOR';

insert into case_history (case_id, occurred_at, actor, action, from_status, to_status, note)
select id, opened_at, 'agent', 'OPENED', null, 'OPEN', left(customer_words, 200) from service_case;

insert into case_history (case_id, order_id, occurred_at, actor, action, from_status, to_status, note)
select o.case_id, o.id, o.sent_at, 'agent', 'DISPATCHED', null, 'SENT', o.instructions from dispatch_order o;

insert into case_history (case_id, order_id, occurred_at, actor, action, from_status, to_status)
select o.case_id, o.id, o.returned_at, 'provider', 'ORDER_RETURNED', 'DONE', 'RETURNED'
from dispatch_order o where o.returned_at is not null;

insert into case_history (case_id, occurred_at, actor, action, from_status, to_status, note)
select id, opened_at, 'agent', 'ANSWERED', 'OPEN', 'CLOSED', answer from service_case where case_type = 'CONSULTATION';

insert into case_history (case_id, occurred_at, actor, action, from_status, to_status, note)
select id, closed_at, 'agent', 'CUSTOMER_ACCEPTED', 'AWAITING_ACCEPTANCE', 'CLOSED', '客户对处理结果满意'
from service_case where status = 'CLOSED' and case_type <> 'CONSULTATION';

insert into case_escalation (case_id, reason, escalated_at)
select id, 'MAJOR', opened_at from service_case where severity = 'MAJOR';

insert into customer_event (customer_id, occurred_at, kind, summary, ref_type, ref_id, actor)
select customer_id, opened_at, 'CASE_OPENED', '#' || id || ' ' || left(customer_words, 100), 'CASE', id, 'agent'
from service_case;
