-- Demo data for defects by product batch (批号) (demo run only).
-- The factory makes a production batch every ten days; a batch reaches the installer about three weeks after it is
-- made, so each installation line takes the batch of the ten-day run three weeks before its installation day, with a
-- letter for the production line (e.g. 20261021B). One archive in seven came in without its batch (old template).
update installation_line l
set batch_no = to_char(b.made - ((b.made - date '2000-01-01') % 10), 'YYYYMMDD') || chr((65 + l.product_id % 3)::int)
from (select i.id, i.installed_on - 21 as made from installation_archive i) b
where b.id = l.installation_id and l.batch_no is null and l.installation_id % 7 <> 0;

-- The batch installed most often is the one with the quality problem: three of its customers complained within the
-- last ten days, each about a few square metres (more than 3% of the batch together), and a dealer asks to return
-- the rest of that batch from its stock. The alert check raises its alert within the hour.
create temporary table demo_bad_batch on commit drop as
select l.product_id, l.batch_no, sum(l.quantity_m2) as installed
from installation_line l
where l.batch_no is not null
group by l.product_id, l.batch_no
order by count(*) desc, l.product_id, l.batch_no
limit 1;

with hit as (
    select i.id as installation_id, i.customer_id, i.dealer_id, i.installation_method, i.installed_on, i.moved_in_on,
           l.product_id, l.quantity_m2, l.unit_price, l.batch_no, b.installed,
           row_number() over (order by i.id) as n
    from installation_line l
    join demo_bad_batch b on b.product_id = l.product_id and b.batch_no = l.batch_no
    join installation_archive i on i.id = l.installation_id
    join customer c on c.id = i.customer_id and c.merged_into_id is null
)
insert into quality_complaint (dealer_id, customer_id, installation_id, product_id, quantity_m2, unit_price,
                               installation_method, installed_on, moved_in_on, problem_found_on, phenomenon, affected_m2,
                               cause_analysis, proposed_handling, regional_opinion, batch_no, status, submitted_at,
                               submitted_by, answer_due, answer_policy_id, min_photos, min_photos_policy_id, created_at,
                               created_by, last_action, last_action_at)
select h.dealer_id, h.customer_id, h.installation_id, h.product_id, h.quantity_m2, h.unit_price, h.installation_method,
       h.installed_on, h.moved_in_on, current_date - (h.n * 3)::int,
       (array['客厅靠阳台一侧多块地板板面开裂，裂纹沿木纹方向，长5至15厘米',
              '卧室地板油漆大面积脱膜、透底，用手可剥落',
              '餐厅地板起拱变形，拼缝处翘起约3毫米'])[h.n],
       least(h.quantity_m2, round(h.installed * 0.02, 1)),
       '同批次地板均出现类似问题，疑为该批表板含水率偏高，干燥后收缩开裂',
       '更换问题地板，并核查同批次库存',
       '同意更换，建议公司对该批号进行抽检',
       h.batch_no, 'SUBMITTED', now() - make_interval(days => (h.n * 3)::int), 'dealer',
       now() - make_interval(days => (h.n * 3)::int) + interval '24 hours',
       (select id from policy_value where policy_key = 'quality-complaint.answer-hours' order by effective_from desc limit 1),
       5, (select id from policy_value where policy_key = 'quality-complaint.min-photos' order by effective_from desc limit 1),
       now() - make_interval(days => (h.n * 3)::int, hours => 2), 'dealer', 'SUBMITTED',
       now() - make_interval(days => (h.n * 3)::int)
from hit h
where h.n <= 3;

insert into quality_complaint_history (complaint_id, occurred_at, actor, action, from_status, to_status)
select q.id, q.created_at, 'dealer', 'CREATED', null, 'DRAFT'
from quality_complaint q join demo_bad_batch b on b.product_id = q.product_id and b.batch_no = q.batch_no
union all
select q.id, q.submitted_at, 'dealer', 'SUBMITTED', 'DRAFT', 'SUBMITTED'
from quality_complaint q join demo_bad_batch b on b.product_id = q.product_id and b.batch_no = q.batch_no;

insert into customer_event (customer_id, occurred_at, kind, summary, ref_type, ref_id, actor)
select q.customer_id, q.submitted_at, 'QUALITY_SUBMITTED', '#' || q.id, 'QUALITY_COMPLAINT', q.id, 'dealer'
from quality_complaint q join demo_bad_batch b on b.product_id = q.product_id and b.batch_no = q.batch_no;

-- The company's incoming inspection of that batch, recorded by the service department: 4.2 m² of 120 m² (3.5%).
insert into product_batch_inspection (product_id, batch_no, inspected_m2, defective_m2, inspected_by, inspected_at)
select product_id, batch_no, 120, 4.2, 'supervisor', now() - interval '2 days' from demo_bad_batch;

-- D-BJ-001 asks to return the 260 pieces of that batch still in its warehouse: 11 cracked on unpacking.
insert into return_request (dealer_id, kind, pre_sale_ground, remedy, product_id, batch_no, shipped_on, batch_quantity,
                            defective_quantity, return_quantity, defect_kind, stock_kind, reason, defect_rate,
                            threshold_applied, threshold_percent, threshold_policy_id, max_age_months, max_age_policy_id,
                            rate_source, status, filed_at, filed_by, last_action, last_action_at)
select d.id, 'PRE_SALE', 'INSPECTION_FAILED', 'RETURN', b.product_id, b.batch_no, current_date - 30, 260, 11, 260,
       'CRACKED_SURFACE', 'REGULAR', '同批号客户连续投诉开裂，库存260片开箱抽检11片板面开裂，申请整批退货', 3.5,
       true, 3, (select id from policy_value where policy_key = 'return.batch-defect-threshold' order by effective_from desc limit 1),
       12, (select id from policy_value where policy_key = 'return.max-shipment-age' order by effective_from desc limit 1),
       'INSPECTION', 'AWAITING_REGIONAL', now() - interval '1 day', 'dealer', 'FILED', now() - interval '1 day'
from demo_bad_batch b cross join dealer d
where d.code = 'D-BJ-001';

insert into return_request_history (request_id, occurred_at, actor, action, from_status, to_status, note)
select r.id, r.filed_at, r.filed_by, 'FILED', null, 'AWAITING_REGIONAL', r.reason
from return_request r join demo_bad_batch b on b.product_id = r.product_id and b.batch_no = r.batch_no;

-- The draft complaint of V4 names its line's batch too.
update quality_complaint q set batch_no = l.batch_no
from installation_line l
where q.status = 'DRAFT' and q.batch_no is null and l.installation_id = q.installation_id and l.product_id = q.product_id;
