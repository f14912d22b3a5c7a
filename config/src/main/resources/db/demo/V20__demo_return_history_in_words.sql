-- The company's decision on a return is recorded with the supervisor's words only: the fault and who pays the freight
-- are the request's own fields, shown in the reader's language (V4 wrote their codes into the history line).
update return_request_history h
set note = r.company_reason
from return_request r
where h.request_id = r.id
  and h.action = 'COMPANY_APPROVED'
  and h.note = r.fault || ' / ' || r.freight_bearer || ': ' || r.company_reason;

update customer_event e
set summary = replace(e.summary, r.fault || ' / ' || r.freight_bearer || ': ', '')
from return_request r
where e.ref_type = 'RETURN_REQUEST' and e.ref_id = r.id
  and e.summary like '%' || r.fault || ' / ' || r.freight_bearer || ': %';
