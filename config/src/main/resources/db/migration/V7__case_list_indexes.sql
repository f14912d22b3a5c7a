-- The case lists at two million cases (CaseListBenchmark, ./crm bench): what V5's indexes left to a scan of the
-- history or to a sort of every matching case. ServiceCases.list picks a page's ids first and reads only those cases,
-- so a page comes from one of these indexes alone where it can.

-- Open cases (about 5 % of all), newest first: the agent's default list and its count. "status <> 'CLOSED'" is no
-- range of service_case_status_idx: every page and count filtered the whole history from one end.
create index service_case_open_idx on service_case (opened_at desc, id desc) where status <> 'CLOSED';

-- The same for a dealer user's open cases: with service_case_dealer_idx alone every count read all the dealer's cases.
create index service_case_dealer_open_idx on service_case (dealer_id, opened_at desc, id desc) where status <> 'CLOSED';

-- Lists sorted by the last action had no index: every page sorted all the matching cases.
create index service_case_action_idx on service_case (last_action_at desc, id desc);

-- The cases of the customers a name prefix finds, newest first, with the id a page needs: chosen from the index,
-- not by reading each case. Replaces V5's (customer_id, opened_at desc), which it covers; and the open ones alone.
create index service_case_customer_page_idx on service_case (customer_id, opened_at desc, id desc);
drop index service_case_customer_idx;
create index service_case_customer_open_idx on service_case (customer_id, opened_at desc, id desc)
    where status <> 'CLOSED';
