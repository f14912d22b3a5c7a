-- A year of service cases on the history's installations (demo run only): two installations in five call the hotline
-- between two weeks and five months after installation — a third consultations answered on the phone, the others
-- complaints, repairs and maintenance dispatched, returned, checked, judged and accepted by the customer. The SLA
-- clocks come from the policy versions in force when the case opened; one reply in sixteen and one visit in nineteen
-- (P-CD-001, later suspended, one in seven more) miss their deadline and are recorded against the provider and escalated as
-- the SLA watch would have done a minute after the deadline. Every case of the history is closed; the open ones are V3's.

create temporary table demo_h_case on commit drop as
select i.id as installation_id, i.customer_id, i.dealer_id, i.provider_id, p.code as provider_code, c.suburban,
       pr.brand, pr.product_line, ph.number as phone, i.id as n,
       case when (i.id / 5) % 20 < 7 then 'CONSULTATION' when (i.id / 5) % 20 < 12 then 'COMPLAINT'
            when (i.id / 5) % 20 < 17 then 'REPAIR' else 'MAINTENANCE' end as case_type,
       cast(i.installed_on + 15 + (i.id % 150)::int as timestamp) at time zone 'Asia/Shanghai'
           + interval '8 hours 30 minutes' + (i.id % 570) * interval '1 minute' as opened_at
from installation_archive i
join customer c on c.id = i.customer_id
join service_provider p on p.id = i.provider_id
join installation_line l on l.installation_id = i.id and l.line_no = 1
join product pr on pr.id = l.product_id
join lateral (select number from customer_phone x where x.customer_id = c.id order by position limit 1) ph on true
where i.created_by = 'demo-history' and i.id % 5 in (0, 3);

delete from demo_h_case where opened_at > now() - interval '9 days' or opened_at < now() - interval '365 days';

alter table demo_h_case add column severity varchar(10), add column reply_late boolean, add column visit_late boolean;
update demo_h_case set severity = case when case_type = 'COMPLAINT' and n % 47 = 0 then 'MAJOR' else 'NORMAL' end,
                       reply_late = case_type <> 'CONSULTATION' and n % 16 = 1,
                       visit_late = case_type <> 'CONSULTATION'
                                    and (n % 19 = 2 or (provider_code = 'P-CD-001' and n % 7 = 3));

-- the clocks: the policy version in force at opening (the most specific for the brand and line), as intake does
alter table demo_h_case add column reply_policy_id bigint, add column reply_hours integer,
                        add column site_policy_id bigint, add column site_hours integer;
update demo_h_case h set (reply_policy_id, reply_hours) = (select id, cast(value as integer) from policy_value v where v.policy_key = 'sla.first-reply' and v.effective_from <= h.opened_at
                and (v.brand is null or v.brand = h.brand) and (v.product_line is null or v.product_line = h.product_line)
                and (v.case_type is null or v.case_type = h.case_type)
              order by (v.brand is not null)::int * 4 + (v.product_line is not null)::int * 2 + (v.case_type is not null)::int desc,
                       v.effective_from desc limit 1)
where h.case_type <> 'CONSULTATION';
update demo_h_case h set (site_policy_id, site_hours) = (select id, cast(value as integer) from policy_value v
              where v.policy_key = case when h.severity = 'MAJOR' then 'sla.on-site.major'
                                        when h.suburban then 'sla.on-site.suburban' else 'sla.on-site.urban' end
                and v.effective_from <= h.opened_at
                and (v.brand is null or v.brand = h.brand) and (v.product_line is null or v.product_line = h.product_line)
                and (v.case_type is null or v.case_type = h.case_type)
              order by (v.brand is not null)::int * 4 + (v.product_line is not null)::int * 2 + (v.case_type is not null)::int desc,
                       v.effective_from desc limit 1)
where h.case_type <> 'CONSULTATION';

-- the moments of each case, in order: reply, on site, done, returned, checked, judged, closed
alter table demo_h_case add column replied_at timestamptz, add column on_site_at timestamptz;
update demo_h_case set
    replied_at = case when reply_late then opened_at + (reply_hours + 2 + n % 14) * interval '1 hour'
                      else opened_at + interval '40 minutes' + (n % 16) * interval '1 hour' * least(1, reply_hours / 24.0) end
where case_type <> 'CONSULTATION';
update demo_h_case set
    on_site_at = greatest(replied_at + interval '90 minutes',
                          case when visit_late then opened_at + (site_hours + 3 + n % 20) * interval '1 hour'
                               when severity = 'MAJOR' then opened_at + interval '3 hours'
                               else opened_at + interval '4 hours' + (n % greatest(1, site_hours - 6)) * interval '1 hour' end)
where case_type <> 'CONSULTATION';
-- a late reply can push the visit past its deadline too
update demo_h_case set visit_late = on_site_at > opened_at + site_hours * interval '1 hour' where case_type <> 'CONSULTATION';

analyze demo_h_case;   -- a temporary table has no statistics until asked: the joins below need them

insert into service_case (customer_id, installation_id, dealer_id, provider_id, channel, case_type, severity, status,
                          caller_phone, customer_words, answer, suburban, brand, product_line, opened_at, opened_by,
                          first_reply_due, first_reply_policy_id, first_replied_at, on_site_due, on_site_policy_id,
                          on_site_at, escalated_at, responsibility, cost_bearer, responsibility_note, judged_by, judged_at,
                          customer_accepted_at, satisfied_at, closed_at, last_action, last_action_at)
select h.customer_id, h.installation_id, h.dealer_id, h.provider_id,
       (array['HOTLINE','HOTLINE','HOTLINE','HOTLINE','DEALER','PROVIDER','WEB'])[1 + h.n % 7],
       h.case_type, h.severity, 'CLOSED', h.phone, w.words, w.answer, h.suburban, h.brand, h.product_line,
       h.opened_at, (array['agent','agent','supervisor'])[1 + h.n % 3],
       h.opened_at + h.reply_hours * interval '1 hour', h.reply_policy_id, h.replied_at,
       h.opened_at + h.site_hours * interval '1 hour', h.site_policy_id, h.on_site_at,
       case when h.severity = 'MAJOR' then h.opened_at
            when h.reply_late then h.opened_at + h.reply_hours * interval '1 hour' + interval '1 minute'
            when h.visit_late then h.opened_at + h.site_hours * interval '1 hour' + interval '1 minute' end,
       r.responsibility, r.cost_bearer, r.note,
       case when h.case_type <> 'CONSULTATION' then 'supervisor' end,
       case when h.case_type <> 'CONSULTATION' then h.on_site_at + interval '9 hours' end,
       case when h.case_type = 'CONSULTATION' then h.opened_at else h.on_site_at + interval '30 hours' end,
       case when h.case_type = 'COMPLAINT' then h.on_site_at + interval '26 hours' end,
       case when h.case_type = 'CONSULTATION' then h.opened_at else h.on_site_at + interval '30 hours' end,
       case when h.case_type = 'CONSULTATION' then 'ANSWERED' else 'CUSTOMER_ACCEPTED' end,
       case when h.case_type = 'CONSULTATION' then h.opened_at else h.on_site_at + interval '30 hours' end
from demo_h_case h
cross join lateral (
    select case h.case_type
               when 'CONSULTATION' then (array['请问实木多层地板能不能用地暖？', '地板多久打一次蜡比较好？',
                   '家里养狗，地板怎么防刮？', '保修卡丢了还能保修吗？', '地板缝里进了水怎么处理？',
                   '想加铺一个房间，同款地板还有货吗？'])[1 + h.n % 6]
               when 'COMPLAINT' then (array['客厅靠阳台的地板起拱，有三四块翘起来了', '铺装师傅走后现场垃圾没清理',
                   '卧室地板缝隙变大，走上去有响声', '地板颜色与样板不一致，客户要求说法',
                   '约好上午上门，师傅下午才到', '踢脚线装得不平，接缝明显'])[1 + h.n % 6]
               when 'REPAIR' then (array['厨房门口地板边缘开裂，要求上门维修', '地板表面漆膜有划痕，需要修补',
                   '书房有一块地板踩上去下陷', '暖气漏水泡了地板，要求维修', '门口地板翘边'])[1 + h.n % 5]
               else (array['入住一年，预约地板保养打蜡', '要求上门检查地板含水率', '预约保养并更换踢脚线'])[1 + h.n % 3]
           end as words,
           case when h.case_type = 'CONSULTATION' then (array['可以，实木多层地板适合地暖，地面温度不超过28℃',
                   '建议每半年保养一次，使用专用地板蜡', '建议在门口和宠物活动区铺地垫，定期修剪宠物指甲',
                   '凭购买凭证和铺装档案可以查询，按档案保修', '立即用干布吸干，开窗通风，不要用电吹风直吹',
                   '已请经销商查询同批次库存，明天回电'])[1 + h.n % 6] end as answer
) w
cross join lateral (
    select case when h.case_type = 'CONSULTATION' then null
                else (array['PRODUCT_QUALITY','INSTALLATION_QUALITY','CUSTOMER_USE','PRODUCT_QUALITY','INSTALLATION_QUALITY',
                            'CUSTOMER_USE','SERVICE_QUALITY','LOGISTICS','CUSTOMER_USE','UNDETERMINED'])[1 + (h.n / 3) % 10] end
               as responsibility,
           case when h.case_type = 'CONSULTATION' then null
                else (array['MAKER','PROVIDER','CUSTOMER','MAKER','PROVIDER','CUSTOMER','PROVIDER','DEALER','CUSTOMER',
                            'UNDECIDED'])[1 + (h.n / 3) % 10] end as cost_bearer,
           case when h.case_type = 'CONSULTATION' then null
                else (array['现场查看：同批次板材含水率偏高', '伸缩缝预留不足导致起拱', '客户长期用湿拖把拖地',
                            '板材表面漆膜附着力不足', '龙骨未调平', '地暖升温过快', '服务师未按约定时间到达',
                            '运输中包装破损', '家具拖拽造成划痕', '原因待进一步检测'])[1 + (h.n / 3) % 10] end as note
) r;

-- pair the plan with the cases it made (one case per installation in the history)
alter table demo_h_case add column case_id bigint;
update demo_h_case h set case_id = sc.id from service_case sc
where sc.installation_id = h.installation_id and sc.opened_at = h.opened_at;

insert into dispatch_order (case_id, provider_id, repair, agreed_visit_at, tolerance_minutes, tolerance_policy_id, status,
                            instructions, sent_at, accepted_at, scheduled_at, on_site_at, punctual, done_at, returned_at,
                            customer_opinion, handling, materials, checked_by, checked_at, created_by)
select h.case_id, h.provider_id, h.case_type = 'REPAIR',
       h.on_site_at - ((h.n % 50) - 15) * interval '1 minute', t.tolerance, t.id, 'RETURNED',
       (array['请提前电话联系客户', '客户白天上班，请约晚上或周末', '请带齐同批次备板', '客户家有老人，请穿鞋套'])[1 + h.n % 4],
       h.opened_at + interval '30 minutes', h.opened_at + interval '50 minutes', h.replied_at, h.on_site_at,
       abs((h.n % 50) - 15) <= t.tolerance,
       h.on_site_at + interval '2 hours', h.on_site_at + interval '3 hours',
       (array['SATISFIED','SATISFIED','SATISFIED','ACCEPTABLE','SATISFIED'])[1 + h.n % 5],
       case h.case_type when 'MAINTENANCE' then '清洁地面，全屋打蜡保养，检查含水率正常'
            else (array['更换起拱地板，重新留足伸缩缝', '补装踢脚线并清理现场', '修补漆面划痕', '更换开裂地板并调平龙骨',
                        '向客户讲解地板使用和保养方法'])[1 + h.n % 5] end,
       case h.case_type when 'MAINTENANCE' then '地板蜡1桶' else (array['地板3块、踢脚线1根', '踢脚线2根', '修补蜡笔1支',
                        '地板5块、龙骨2根', '无'])[1 + h.n % 5] end,
       'agent', h.on_site_at + interval '5 hours', 'agent'
from demo_h_case h
cross join lateral (select id, cast(value as integer) as tolerance from policy_value
                    where policy_key = 'dispatch.visit-tolerance' and effective_from <= h.opened_at
                    order by effective_from desc limit 1) t
where h.case_type <> 'CONSULTATION';

insert into dispatch_technician (order_id, technician_id)
select o.id, t.id
from dispatch_order o
join demo_h_case h on h.case_id = o.case_id
join technician t on t.provider_id = o.provider_id and t.certificate_level in ('SENIOR', 'INTERMEDIATE')
 and (t.certificate_level = 'SENIOR' or o.id % 3 = 0);

-- the missed clocks, as the SLA watch records them a minute after the deadline
insert into sla_breach (case_id, clock, provider_id, due_at, policy_id, detected_at)
select sc.id, 'FIRST_REPLY', sc.provider_id, sc.first_reply_due, sc.first_reply_policy_id, sc.first_reply_due + interval '1 minute'
from service_case sc join demo_h_case h on h.case_id = sc.id
where sc.first_replied_at > sc.first_reply_due
union all
select sc.id, 'ON_SITE', sc.provider_id, sc.on_site_due, sc.on_site_policy_id, sc.on_site_due + interval '1 minute'
from service_case sc join demo_h_case h on h.case_id = sc.id
where sc.on_site_at > sc.on_site_due;

insert into case_escalation (case_id, reason, escalated_at, acknowledged_by, acknowledged_at)
select b.case_id, b.clock || '_BREACH', b.detected_at, 'supervisor', b.detected_at + interval '2 hours'
from sla_breach b join demo_h_case h on h.case_id = b.case_id
union all
select h.case_id, 'MAJOR', h.opened_at, 'supervisor', h.opened_at + interval '20 minutes'
from demo_h_case h where h.severity = 'MAJOR';

-- the trail of each case
insert into case_history (case_id, order_id, occurred_at, actor, action, from_status, to_status, note)
select h.case_id, cast(null as bigint), h.opened_at, 'agent', 'OPENED', cast(null as varchar), 'OPEN', left(sc.customer_words, 200)
from demo_h_case h join service_case sc on sc.id = h.case_id
union all
select h.case_id, null, h.opened_at, 'agent', 'ANSWERED', 'OPEN', 'CLOSED', sc.answer
from demo_h_case h join service_case sc on sc.id = h.case_id where h.case_type = 'CONSULTATION'
union all
select o.case_id, o.id, s.at, s.actor, s.action, s.from_status, s.to_status, s.note
from dispatch_order o
join demo_h_case h on h.case_id = o.case_id
cross join lateral (values
    (o.sent_at, 'agent', 'DISPATCHED', cast(null as varchar), 'SENT', o.instructions),
    (o.accepted_at, 'provider', 'ORDER_ACCEPTED', 'SENT', 'ACCEPTED', cast(null as varchar)),
    (o.scheduled_at, 'provider', 'ORDER_SCHEDULED', 'ACCEPTED', 'SCHEDULED', null),
    (o.on_site_at, 'provider', 'ORDER_ON_SITE', 'SCHEDULED', 'ON_SITE', null),
    (o.done_at, 'provider', 'ORDER_DONE', 'ON_SITE', 'DONE', o.handling),
    (o.returned_at, 'provider', 'ORDER_RETURNED', 'DONE', 'RETURNED', null)
) as s (at, actor, action, from_status, to_status, note)
union all
-- the check is the case's step (case statuses, no order), as ServiceCases.check records it
select o.case_id, null, o.checked_at, 'agent', 'CHECKED', 'RETURNED', 'AWAITING_ACCEPTANCE', null
from dispatch_order o join demo_h_case h on h.case_id = o.case_id where o.checked_at is not null
union all
select sc.id, null, sc.judged_at, 'supervisor', 'JUDGED', null, null, sc.responsibility_note
from service_case sc join demo_h_case h on h.case_id = sc.id where sc.judged_at is not null
union all
select sc.id, null, sc.closed_at, 'agent', 'CUSTOMER_ACCEPTED', 'AWAITING_ACCEPTANCE', 'CLOSED', '客户对处理结果满意'
from service_case sc join demo_h_case h on h.case_id = sc.id where h.case_type <> 'CONSULTATION'
union all
select b.case_id, null, b.detected_at, 'system', b.clock || '_BREACHED', null, null, null
from sla_breach b join demo_h_case h on h.case_id = b.case_id;

insert into customer_event (customer_id, occurred_at, kind, summary, ref_type, ref_id, actor)
select sc.customer_id, sc.opened_at, 'CASE_OPENED', '#' || sc.id || ' ' || left(sc.customer_words, 100), 'CASE', sc.id, 'agent'
from service_case sc join demo_h_case h on h.case_id = sc.id
union all
select sc.customer_id, sc.closed_at, case when h.case_type = 'CONSULTATION' then 'CASE_ANSWERED' else 'CASE_CUSTOMER_ACCEPTED' end,
       '#' || sc.id, 'CASE', sc.id, 'agent'
from service_case sc join demo_h_case h on h.case_id = sc.id;
