-- A follow-up's reservation (claimed_by, claim_expires_at) and its retry counters move no dashboard figure, yet every
-- "next call" fired V18's statement trigger on follow_up: two dynamic inserts into dashboard_stale_month per claim
-- (about a third of a claim's time with 50 agents at once, FollowUpQueueBenchmark) and the FOLLOW_UP month recomputed
-- at every refresh of a working day. An update now marks a month only when a column the follow-up roll-up reads
-- changes (Rollups, DashboardQueries.followUps): a row trigger, since a trigger with transition tables cannot name
-- columns; its column list and WHEN skip the call entirely for every other update.
drop trigger follow_up_stale_update on follow_up;

create function dashboard_follow_up_stale() returns trigger language plpgsql as $$
begin
    insert into dashboard_stale_month (source, month)
    select distinct 'FOLLOW_UP', m
    from (values (dashboard_month(new.due_at)), (dashboard_month(old.due_at))) as v (m)
    where m is not null;
    return null;
end $$;

create trigger follow_up_stale_update
    after update of kind, status, completed_at, due_at, customer_id, case_id, installation_id on follow_up
    for each row
    when ((old.kind, old.status, old.completed_at, old.due_at, old.customer_id, old.case_id, old.installation_id)
          is distinct from (new.kind, new.status, new.completed_at, new.due_at, new.customer_id, new.case_id,
                            new.installation_id))
    execute function dashboard_follow_up_stale();
