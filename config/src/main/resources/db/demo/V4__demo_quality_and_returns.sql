-- Demo data for quality complaints and return requests (demo run only).
-- A second supervisor: the company's written approval of a return must come from another person than the
-- regional manager's opinion, so the demo needs two.
insert into app_user (username, display_name, password_hash, dealer_id, provider_id) values
 ('supervisor2', '客服部长 刘洋', '${demo_password_hash}', null, null);

insert into app_user_role (user_id, role)
select id, 'SUPERVISOR' from app_user where username = 'supervisor2';

-- A draft quality complaint of D-BJ-001 for its first customer with an installation: the form is half filled in
-- (no photos, no purchase proof yet), as a dealer leaves it before collecting the evidence.
insert into quality_complaint (dealer_id, customer_id, installation_id, product_id, quantity_m2, unit_price,
                               installation_method, installed_on, moved_in_on, problem_found_on, phenomenon,
                               status, created_at, created_by, last_action, last_action_at)
select i.dealer_id, i.customer_id, i.id, l.product_id, l.quantity_m2, l.unit_price, i.installation_method,
       i.installed_on, i.moved_in_on, current_date - 2, '卧室靠窗处三块地板表面油漆开裂，长约10厘米',
       'DRAFT', now() - interval '1 day', 'dealer', 'CREATED', now() - interval '1 day'
from installation_archive i
join installation_line l on l.installation_id = i.id and l.line_no = 1
where i.dealer_id = (select id from dealer where code = 'D-BJ-001')
order by i.id limit 1;

insert into quality_complaint_history (complaint_id, occurred_at, actor, action, to_status)
select id, created_at, 'dealer', 'CREATED', 'DRAFT' from quality_complaint;

insert into customer_event (customer_id, occurred_at, kind, summary, ref_type, ref_id, actor)
select customer_id, created_at, 'QUALITY_CREATED', '#' || id, 'QUALITY_COMPLAINT', id, 'dealer' from quality_complaint;

-- Return requests: one of D-BJ-001 waiting for the regional opinion, one of D-SH-001 waiting for the company's
-- approval (regional opinion by supervisor), one of D-BJ-001 already received after the whole chain.
with policy as (
    select (select id from policy_value where policy_key = 'return.batch-defect-threshold' order by effective_from desc limit 1) as threshold_id,
           (select id from policy_value where policy_key = 'return.max-shipment-age' order by effective_from desc limit 1) as age_id
)
insert into return_request (dealer_id, kind, pre_sale_ground, remedy, product_id, batch_no, shipped_on, batch_quantity,
                            defective_quantity, return_quantity, defect_kind, stock_kind, reason, defect_rate,
                            threshold_applied, threshold_percent, threshold_policy_id, max_age_months, max_age_policy_id,
                            threshold_exemption, status, filed_at, filed_by, regional_by, regional_at, regional_approved,
                            regional_reason, company_by, company_at, company_approved, company_reason, fault,
                            freight_bearer, inspected_by, inspected_at, goods_matched, received_quantity,
                            inspection_reason, last_action, last_action_at)
select d.id, v.kind, v.ground, v.remedy, (select id from product where code = v.product), v.batch_no,
       current_date - v.shipped_days_ago, v.batch, v.defective, v.returned, v.defect, 'REGULAR', v.reason,
       round(v.defective * 100.0 / v.batch, 4), v.exemption is null, 3, policy.threshold_id, 12, policy.age_id,
       v.exemption, v.status, now() - make_interval(days => v.filed_days_ago), v.filed_by,
       v.regional_by, case when v.regional_by is null then null else now() - make_interval(days => v.filed_days_ago - 1) end,
       case when v.regional_by is null then null else true end, v.regional_reason,
       v.company_by, case when v.company_by is null then null else now() - make_interval(days => v.filed_days_ago - 2) end,
       case when v.company_by is null then null else true end, v.company_reason, v.fault, v.freight,
       v.inspected_by, case when v.inspected_by is null then null else now() - make_interval(days => v.filed_days_ago - 6) end,
       case when v.inspected_by is null then null else true end,
       case when v.inspected_by is null then null else v.returned end, v.inspection_reason,
       v.last_action, now() - make_interval(days => v.last_days_ago)
from (values
    ('D-BJ-001', 'PRE_SALE', 'INSPECTION_FAILED', 'RETURN', 'BZB-XZMD-910', 'FH-20261102-018', 21, 400, 18, 18,
     'CRACKED_SURFACE', '进仓前抽样检验，18片板面开裂、油漆脱膜，超过3%', null, 'AWAITING_REGIONAL', 2, 'dealer',
     null, null, null, null, null, null, null, null, 'FILED', 2),
    ('D-SH-001', 'PRE_SALE', 'WRONG_GOODS', 'EXCHANGE', 'BZB-XM-910', 'FH-20261028-006', 26, 120, 120, 120,
     'MIXED_OR_WRONG_GOODS', '订购标准板欧洲橡木，到货为北美黑胡桃，整批发错货', 'WRONG_GOODS', 'AWAITING_COMPANY', 5, 'dealer2',
     'supervisor', '照片与发货单核对属实，确属发错货', null, null, null, null, null, null, 'REGIONAL_APPROVED', 4),
    ('D-BJ-001', 'PRE_SALE', 'INSPECTION_FAILED', 'RETURN', 'BLK-YM-910', 'FH-20260915-031', 70, 250, 15, 15,
     'WARPED', '15片扭曲变形，超出国家标准', null, 'RECEIVED', 40, 'dealer',
     'supervisor', '确认变形超标', 'supervisor2', '同意退货，生活家承担往返运费', 'PRODUCT_QUALITY', 'MAKER',
     'supervisor', '到货15片，与申请表描述一致', 'GOODS_ACCEPTED', 34)
) as v(dealer, kind, ground, remedy, product, batch_no, shipped_days_ago, batch, defective, returned, defect, reason,
       exemption, status, filed_days_ago, filed_by, regional_by, regional_reason, company_by, company_reason, fault,
       freight, inspected_by, inspection_reason, last_action, last_days_ago)
join dealer d on d.code = v.dealer
cross join policy;

insert into return_request_history (request_id, occurred_at, actor, action, from_status, to_status, note)
select id, filed_at, filed_by, 'FILED', null, 'AWAITING_REGIONAL', reason from return_request
union all
select id, regional_at, regional_by, 'REGIONAL_APPROVED', 'AWAITING_REGIONAL', 'AWAITING_COMPANY', regional_reason
from return_request where regional_by is not null
union all
select id, company_at, company_by, 'COMPANY_APPROVED', 'AWAITING_COMPANY', 'AWAITING_GOODS',
       fault || ' / ' || freight_bearer || ': ' || company_reason
from return_request where company_by is not null
union all
select id, inspected_at, inspected_by, 'GOODS_ACCEPTED', 'AWAITING_GOODS', 'RECEIVED', received_quantity || ': ' || inspection_reason
from return_request where inspected_by is not null;
