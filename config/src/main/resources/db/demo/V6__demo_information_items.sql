-- Demo market information, relative to the moment the demo database is created: items filed by D-BJ-001 and P-BJ-001
-- (one answered, one awaiting its answer, one unanswered for four days) and items the department sent to providers
-- (one due tomorrow, one left unanswered: the watch records it against the provider within a minute of start-up).

insert into information_item (direction, dealer_id, provider_id, category, urgency, subject, content, proposal, customer_id,
                              product_id, filed_at, filed_by, answer_due, answer_policy_id, answered_at, answered_by, answer)
select v.direction, (select id from dealer where code = v.dealer), (select id from service_provider where code = v.provider),
       v.category, v.urgency, v.subject, v.content, v.proposal,
       case when v.with_customer then (select min(id) from customer where dealer_id = (select id from dealer where code = 'D-BJ-001')
                                                                   and merged_into_id is null) end,
       case when v.category = 'PRODUCT' then (select min(id) from product) end,
       now() - v.age, v.filed_by, now() - v.age + interval '3 days',
       (select id from policy_value where policy_key = 'information.answer-days'),
       case when v.answer is not null then now() - v.age + interval '1 day' end,
       case when v.answer is not null then 'info' end, v.answer
from (values
    ('FROM_NETWORK', 'D-BJ-001', null, 'PRODUCT', 'IMMEDIATE', '同批次地板表面起鼓', '本月有三户客户反映同一批次（2026-08批）地板表面起鼓，均为地暖房间。',
     '建议质检部门抽检该批次并暂停地暖房间推荐', true, interval '5 days', 'dealer', '已安排质检部门抽检该批次，结果三日内反馈。'),
    ('FROM_NETWORK', 'D-BJ-001', null, 'CRISIS', 'EMERGENCY', '客户扬言联系媒体', '望京一位客户对维修进度不满，表示将联系本地电视台。',
     '建议区域经理今天上门沟通', true, interval '3 hours', 'dealer', null),
    ('FROM_NETWORK', null, 'P-BJ-001', 'MARKET', 'WEEKLY', '竞品降价促销', '本周竞品在建材城降价15%，客流明显减少。',
     '建议开展以旧换新活动', false, interval '4 days', 'provider', null),
    ('TO_NETWORK', null, 'P-BJ-001', 'PRODUCT', 'IMMEDIATE', '请反馈本周铺装质量问题', '请汇总本周铺装中发现的产品质量问题（批次、型号、数量）。',
     null, false, interval '2 days', 'info', null),
    ('TO_NETWORK', null, 'P-SH-001', 'CUSTOMER', 'IMMEDIATE', '请核实客户回访不满意原因', '客户回访反映服务师未清理现场，请核实并回复处理结果。',
     null, false, interval '4 days', 'info', null)
) as v (direction, dealer, provider, category, urgency, subject, content, proposal, with_customer, age, filed_by, answer)
where (v.dealer is null or exists (select 1 from dealer where code = v.dealer))
  and (v.provider is null or exists (select 1 from service_provider where code = v.provider));
