-- Demo: four judged complaints whose responsibility is split by shares, with their costs and the chargeback lines the
-- split proposed, in every state of the ledger: a maker/provider split confirmed after its window, a provider/dealer
-- split with the dealer's line disputed, a customer/provider split whose provider line was cancelled on dispute, and a
-- provider's full share still open for dispute. Times relative to the load; the cases closed longest ago are judged
-- long ago enough (a judgement never precedes its case's closing: the demo cases closed 3 to 11 days before the load).

-- the demo's provider users' own cases first, so that they find lines of theirs (one still open for dispute)
create temporary table demo_user_org on commit drop as
select provider_id from app_user where username in ('provider', 'provider2') and provider_id is not null;

create temporary table demo_chargeback_case on commit drop as
select sc.id as case_id, sc.provider_id, sc.dealer_id,
       (array[1, 4, 3, 2])[row_number() over (order by sc.provider_id in (select provider_id from demo_user_org) desc,
                                                         sc.closed_at, sc.id)] as n
from service_case sc
where sc.case_type = 'COMPLAINT' and sc.responsibility is not null and sc.provider_id is not null
  and sc.dealer_id is not null and sc.closed_at is not null
order by sc.provider_id in (select provider_id from demo_user_org) desc, sc.closed_at, sc.id
limit 4;

create temporary table demo_chargeback_plan on commit drop as
select * from (values
    (1, interval '10 days', 'PRODUCT_QUALITY', 'MAKER'),
    (2, interval '2 days', 'INSTALLATION_QUALITY', 'PROVIDER'),
    (3, interval '8 days', 'CUSTOMER_USE', 'CUSTOMER'),
    (4, interval '1 day', 'INSTALLATION_QUALITY', 'PROVIDER')) as t(n, ago, responsibility, bearer);

-- the case's own judgement is its largest share's
update service_case sc set responsibility = p.responsibility, cost_bearer = p.bearer
from demo_chargeback_case c join demo_chargeback_plan p on p.n = c.n
where sc.id = c.case_id;

insert into case_cost (case_id, kind, amount, note, source, entered_by, entered_at)
select c.case_id, k.kind, k.amount, k.note, 'SUPERVISOR', 'supervisor', now() - p.ago - interval '1 hour'
from demo_chargeback_case c
join demo_chargeback_plan p on p.n = c.n
join (values
    (1, 'MATERIALS', 680.00, '更换同批次地板 8 块（巴洛克黄金麦田实木多层910×125×15）'),
    (1, 'LABOUR', 200.00, '拆装两名服务师半天'),
    (1, 'FREIGHT', 120.00, '补货物流费'),
    (2, 'MATERIALS', 455.50, '地板 5 块、踢脚线 3 根、防潮膜 10㎡'),
    (2, 'LABOUR', 150.00, '返工人工'),
    (2, 'FREIGHT', 95.00, '二次送货'),
    (3, 'LABOUR', 180.00, '上门检测与打磨修复'),
    (3, 'COMPENSATION', 500.00, '客户误工补偿'),
    (4, 'MATERIALS', 298.00, '起拱地板更换 3 块'),
    (4, 'LABOUR', 160.00, '重新预留伸缩缝')) as k(n, kind, amount, note) on k.n = c.n;

insert into responsibility_share (case_id, position, responsibility, party, provider_id, dealer_id, share_percent,
                                  evidence_note, policy_ref, judged_by, judged_at)
select c.case_id, s.position, s.responsibility, s.party,
       case when s.party = 'PROVIDER' then c.provider_id end, case when s.party = 'DEALER' then c.dealer_id end,
       s.percent, s.evidence, s.policy_ref, 'supervisor', now() - p.ago
from demo_chargeback_case c
join demo_chargeback_plan p on p.n = c.n
join (values
    (1, 1, 'PRODUCT_QUALITY', 'MAKER', 70.00, '质检报告：同批次基材含水率 14.2%，超出标准', '客户服务手册 第三章 产品质量'),
    (1, 2, 'INSTALLATION_QUALITY', 'PROVIDER', 30.00, '现场照片 6 张：墙边伸缩缝不足 5mm，未铺防潮膜', '铺装规范 4.3 伸缩缝'),
    (2, 1, 'INSTALLATION_QUALITY', 'PROVIDER', 60.00, '回单照片：龙骨间距过大，踩踏有异响', '铺装规范 4.1 龙骨'),
    (2, 2, 'LOGISTICS', 'DEALER', 40.00, '签收单记录外包装破损仍签收入库', '退换货规定 物流验收'),
    (3, 1, 'CUSTOMER_USE', 'CUSTOMER', 50.00, '现场照片：长期湿拖，漆面发白', '免责范围 使用不当'),
    (3, 2, 'SERVICE_QUALITY', 'PROVIDER', 50.00, '回访记录：服务师未交代保养事项', '服务规范 保养说明'),
    (4, 1, 'INSTALLATION_QUALITY', 'PROVIDER', 100.00, '现场照片 5 张：客厅中部起拱，伸缩缝被踢脚线压死', '铺装规范 4.3 伸缩缝'))
    as s(n, position, responsibility, party, percent, evidence, policy_ref) on s.n = c.n;

insert into chargeback_line (case_id, share_id, party, provider_id, dealer_id, share_percent, amount, original_amount,
                             policy_ref, window_policy_id, dispute_until, status, dispute_reason, disputed_by, disputed_at,
                             decision_reason, decided_by, decided_at, confirmed_at, created_at)
select c.case_id, s.id, s.party, s.provider_id, s.dealer_id, s.share_percent,
       case when l.status = 'CANCELLED' then 0 else l.amount end, l.amount, s.policy_ref,
       (select id from policy_value where policy_key = 'chargeback.dispute-window' order by effective_from desc limit 1),
       s.judged_at + interval '7 days', l.status, l.reason,
       case when l.reason is not null then case when s.party = 'DEALER' then 'dealer' else 'provider' end end,
       case when l.reason is not null then s.judged_at + interval '1 day' end,
       l.decision, case when l.decision is not null then 'supervisor' end,
       case when l.decision is not null then s.judged_at + interval '3 days' end,
       case when l.status = 'CONFIRMED' then s.judged_at + interval '7 days' end,
       s.judged_at
from demo_chargeback_case c
join responsibility_share s on s.case_id = c.case_id
join (values
    (1, 2, 300.00, 'CONFIRMED', null, null),
    (2, 1, 420.30, 'PROPOSED', null, null),
    (2, 2, 280.20, 'DISPUTED', '到货时外包装完好，破损为服务商搬运所致，附入库照片', null),
    (3, 2, 340.00, 'CANCELLED', '保养事项已在验收单上由客户签字确认，附验收单照片',
     '复核验收单，保养说明已交代，异议成立'),
    (4, 1, 458.00, 'PROPOSED', null, null)) as l(n, position, amount, status, reason, decision)
    on l.n = c.n and l.position = s.position;
