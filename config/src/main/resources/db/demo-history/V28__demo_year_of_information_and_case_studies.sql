-- A year of market information (市场信息反馈) and monthly service cases (服务案例) for the demo run only. About four items
-- a week: dealers and providers report customer, product, market and crisis information, and the department sends
-- requests to providers. The department answers most within its 3 days; one in nine answers came late (recorded late on
-- the item); a provider that owed the answer and was late is recorded twice, as the information watch does (non-standard
-- information management and service not timely). Every active signed provider submits a typical case each month
-- (one month in eleven none, one case in fifteen judged worthless — never three bad months in a row); the month end
-- (DemoHistory, through the service-case compliance service) records each month.

insert into information_item (direction, dealer_id, provider_id, category, urgency, subject, content, proposal, customer_id,
                              product_id, filed_at, filed_by, answer_due, answer_policy_id, answered_at, answered_by, answer,
                              overdue_recorded_at)
select x.direction, x.dealer_id, x.provider_id, t.category, t.urgency, t.subject, t.content, t.proposal, null,
       case when t.category = 'PRODUCT' then (select min(id) from product where code like 'B%') end,
       x.filed_at, x.filed_by, x.filed_at + cast(v.value as integer) * interval '1 day', v.id,
       x.filed_at + case when x.late then cast(v.value as integer) * interval '1 day' + (5 + x.g % 30) * interval '1 hour'
                         else (2 + x.g % 60) * interval '1 hour' end,
       case when x.direction = 'FROM_NETWORK' then 'info' else x.filed_by end,
       case when x.direction = 'FROM_NETWORK' then t.answer else t.network_answer end,
       case when x.late then x.filed_at + cast(v.value as integer) * interval '1 day' + interval '1 minute' end
from (
    select g,
           case when g % 10 < 7 then 'FROM_NETWORK' else 'TO_NETWORK' end as direction,
           case when g % 10 < 3 then (select id from dealer where code like 'D-%' order by id offset (g % 7) limit 1) end as dealer_id,
           case when g % 10 >= 3 then (select id from service_provider where code like 'P-%' order by id offset (g % 6) limit 1) end
               as provider_id,
           case when g % 10 < 3 then 'dealer' when g % 10 < 7 then 'provider' else 'info' end as filed_by,
           now() - interval '6 days' - (g * 359 / 200) * interval '1 day' - (g % 9) * interval '1 hour' as filed_at,
           g % 9 = 4 as late
    from generate_series(1, 200) g
) x
cross join lateral (
    select * from (values
        (0, 'CUSTOMER', 'WEEKLY', '客户反映地暖房间地板缝隙', '本周两户客户反映地暖开启后地板出现缝隙，均为标准板。',
         '建议铺装时提醒客户地暖升温方法', '已转技术部，下周发布地暖使用说明。', '已核实，两户均已上门处理。'),
        (1, 'PRODUCT', 'IMMEDIATE', '同批次地板表面起鼓', '同一批次地板有三户客户反映表面起鼓。',
         '建议质检部门抽检该批次', '已安排质检部门抽检该批次，三日内反馈。', '已统计批次和数量，共涉及42㎡。'),
        (2, 'MARKET', 'WEEKLY', '竞品降价促销', '本周竞品在建材城降价15%，客流明显减少。', '建议开展以旧换新活动',
         '已报营销管理部，月底推出促销方案。', '已收集竞品价格表并上报。'),
        (3, 'CUSTOMER', 'WEEKLY', '老客户推荐新客户', '本月有四位老客户介绍亲友购买。', '建议给予推荐客户小礼品',
         '同意，礼品由区域经理申领。', '已登记推荐客户名单。'),
        (4, 'PRODUCT', 'WEEKLY', '踢脚线色差', '新到一批踢脚线与地板颜色有差异。', '建议更换批次',
         '已通知物流调换批次。', '已清点库存，待调换。'),
        (5, 'CRISIS', 'EMERGENCY', '客户扬言联系媒体', '一位客户对维修进度不满，表示将联系本地电视台。',
         '建议区域经理当天上门沟通', '区域经理已上门沟通，客户同意等待处理结果。', '已上门沟通，客户情绪稳定。'),
        (6, 'MARKET', 'IMMEDIATE', '小区集中交房', '本月两个小区集中交房，预计新增铺装需求约300户。',
         '建议提前备货并增派服务师', '已通知经销商备货。', '已安排两个铺装小组驻点。'),
        (7, 'CUSTOMER', 'WEEKLY', '请核实客户回访不满意原因', '客户回访反映服务师未清理现场，请核实并回复处理结果。',
         null, '请按期回复。', '已核实，服务师已上门清理并道歉，客户认可。'),
        (8, 'PRODUCT', 'IMMEDIATE', '请反馈本周铺装质量问题', '请汇总本周铺装中发现的产品质量问题（批次、型号、数量）。',
         null, '请按期回复。', '本周发现开裂地板5块，批次已登记。')
    ) as t (k, category, urgency, subject, content, proposal, answer, network_answer)
    where t.k = case when x.direction = 'TO_NETWORK' then 7 + x.g % 2 else x.g % 7 end
) t
cross join lateral (select id, value from policy_value v where v.policy_key = 'information.answer-days'
                      and v.effective_from <= x.filed_at order by v.effective_from desc limit 1) v
where x.dealer_id is not null or x.provider_id is not null;

-- a network point that owed the answer and was late: recorded twice, as the information watch records it
insert into network_event (dealer_id, provider_id, kind, occurred_at, source_type, source_id)
select i.dealer_id, i.provider_id, k.kind, i.overdue_recorded_at, 'INFORMATION_ITEM', i.id
from information_item i
cross join (values ('INFO_NON_STANDARD'), ('SERVICE_NOT_TIMELY')) as k (kind)
where i.direction = 'TO_NETWORK' and i.overdue_recorded_at is not null and i.filed_by = 'info'
  and i.answered_at > i.answer_due and i.filed_at < now() - interval '6 days'
on conflict (kind, source_type, source_id) do nothing;

-- monthly service cases: months two to twelve back (V7 wrote last month's)
insert into case_study (provider_id, month, title, situation, handling, lessons, submitted_at, submitted_by, worthless,
                        judged_by, judged_at, judgement_reason)
select p.id, m.month, c.title, c.situation, c.handling, c.lessons,
       cast(m.month + 20 + (p.rn + m.back) % 8 as timestamp) at time zone 'Asia/Shanghai' + interval '15 hours',
       coalesce((select u.username from app_user u where u.provider_id = p.id order by u.id limit 1), 'provider'),
       (p.rn * 7 + m.back * 3) % 15 = 0,
       case when (p.rn * 7 + m.back * 3) % 15 = 0 then 'supervisor' end,
       case when (p.rn * 7 + m.back * 3) % 15 = 0 then cast(m.month + 32 as timestamp) at time zone 'Asia/Shanghai' end,
       case when (p.rn * 7 + m.back * 3) % 15 = 0 then '只有结论，没有处理过程和经验总结' end
from (select id, code, (row_number() over (order by id))::int as rn from service_provider
      where code like 'P-%' and agreement_signed_on is not null) p
cross join (select back, cast(date_trunc('month', now() at time zone 'Asia/Shanghai') - back * interval '1 month' as date) as month
            from generate_series(2, 12) as back) m
cross join lateral (
    select * from (values
        (0, '地暖房间地板开裂的处理', '客户入住后第一次开启地暖即升到28℃，三天后客厅地板多处开裂、翘边。',
         '上门测量含水率，更换开裂地板12块；指导客户地暖每天升温不超过2℃。', '地暖房间铺装后必须书面告知客户升温方法。'),
        (1, '卫生间门口地板起拱', '卫生间门口约2㎡地板起拱，门槛石下方渗水。', '做防水隔离后重新铺装并留足伸缩缝。',
         '靠近用水区域必须做防水处理，伸缩缝不少于8mm。'),
        (2, '龙骨铺装异响', '客厅走动时多处有“吱吱”声。', '加固龙骨并加垫，重新固定地板。', '龙骨间距不得大于300mm，铺装前必须调平。'),
        (3, '客户投诉服务师迟到', '预约上午九点，服务师十一点才到，客户很不满意。', '服务商负责人上门道歉，免费保养一次。',
         '遇堵车等情况必须提前半小时电话告知客户。'),
        (4, '梅雨季节地板发霉', '一楼客户反映墙角地板发霉。', '更换受潮地板，铺防潮膜，建议客户使用除湿机。',
         '一楼及潮湿地区必须加铺防潮层。'),
        (5, '家具划伤漆面', '客户搬家具时划伤地板漆面多处。', '上门用修补蜡修复，讲解保养方法。', '交付时向客户说明家具脚要加垫。')
    ) as t (k, title, situation, handling, lessons)
    where t.k = (p.rn + m.back) % 6
) c
where (p.rn * 5 + m.back * 2) % 11 <> 0
  and p.id in (select id from service_provider where status = 'ACTIVE' or code = 'P-CD-001')
  and not exists (select 1 from case_study s where s.provider_id = p.id and s.month = m.month);
