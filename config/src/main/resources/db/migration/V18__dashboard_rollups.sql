-- 管理看板月汇总: the dashboard reads monthly roll-ups instead of the base tables, so that a view costs what the
-- number of (month, provider, dealer, city, brand, line) combinations costs, not what millions of surveys, follow-ups,
-- cases and installations cost. The drill-downs stay on the base tables. A month is a Beijing calendar month.
--
-- Freshness: every change to a source table appends the months it touched to dashboard_stale_month (statement
-- triggers below: one row per statement and month, never a lock a writer could wait on); the refresh
-- (DashboardRefresh, every 5 minutes) recomputes those months, and the months where a follow-up window or an unmet
-- SLA clock ended since its last run (time alone changes those figures, no row does).

create table dashboard_survey_month (
    month        date        not null,
    provider_id  bigint,
    dealer_id    bigint,
    city_code    varchar(6),                -- the customer's city (region code, district folded into its city)
    brand        varchar(40),               -- the case's, else the installation's first line's
    product_line varchar(40),
    answered     bigint      not null,
    satisfied    bigint      not null
);
create index dashboard_survey_month_idx on dashboard_survey_month (month);

create table dashboard_follow_up_month (     -- by the month the call window ends in (due_at)
    month        date        not null,
    kind         varchar(20) not null,
    city_code    varchar(6),
    brand        varchar(40),
    product_line varchar(40),
    due          bigint      not null,      -- windows ended by the refresh
    reached      bigint      not null,
    on_time      bigint      not null
);
create index dashboard_follow_up_month_idx on dashboard_follow_up_month (month);

create table dashboard_case_month (          -- by the month the case was opened in
    month            date        not null,
    provider_id      bigint,
    city_code        varchar(6),
    brand            varchar(40),
    product_line     varchar(40),
    complaints       bigint      not null,
    reply_decided    bigint      not null,  -- a clock is decided once met, or once its deadline passed
    reply_met        bigint      not null,
    urban_decided    bigint      not null,
    urban_met        bigint      not null,
    suburban_decided bigint      not null,
    suburban_met     bigint      not null
);
create index dashboard_case_month_idx on dashboard_case_month (month);

create table dashboard_responsibility_month (
    month          date        not null,
    responsibility varchar(30) not null,
    city_code      varchar(6),
    brand          varchar(40),
    product_line   varchar(40),
    cases          bigint      not null
);
create index dashboard_responsibility_month_idx on dashboard_responsibility_month (month);

create table dashboard_installation_month (  -- by the month installed in; the product is the first line's
    month         date        not null,
    city_code     varchar(6),
    brand         varchar(40),
    product_line  varchar(40),
    installations bigint      not null
);
create index dashboard_installation_month_idx on dashboard_installation_month (month);

-- An append-only log, not a set: a writer never waits on another writer's mark or on the refresh.
create table dashboard_stale_month (
    source varchar(20) not null,             -- SURVEY, FOLLOW_UP, CASE, INSTALLATION
    month  date        not null
);
create index dashboard_stale_month_idx on dashboard_stale_month (source, month);

-- Time alone moves a figure when a follow-up window ends or an SLA clock not met passes its deadline: the refresh finds
-- those since its last run through follow_up_due_idx and these (V5's clock indexes leave out closed cases).
create index service_case_reply_unmet_idx on service_case (first_reply_due)
    where first_replied_at is null and first_reply_due is not null;
create index service_case_on_site_unmet_idx on service_case (on_site_due)
    where on_site_at is null and on_site_due is not null;

-- The drill-down of the follow-ups not reached, newest first: without it a brand filter over a year sorted some
-- 100,000 rows to show 20 (1.3 s at 5 million follow-ups; 0.04–0.5 s with it).
create index follow_up_not_reached_idx on follow_up (due_at, id) where status <> 'DONE' and status <> 'CANCELLED';

-- The moment the last complete refresh counted "now" at: the figures and their drill-downs both use it.
create table dashboard_refresh (
    id     smallint    primary key default 1 check (id = 1),
    as_of  timestamptz not null
);

create function dashboard_month(t timestamptz) returns date language sql immutable as
$$ select cast(date_trunc('month', t at time zone 'Asia/Shanghai') as date) $$;

-- One trigger function for every source table: the source's name and the expression of a row's month are the
-- trigger's arguments; a row whose month cannot be told (a line whose installation is gone) marks nothing.
create function dashboard_stale() returns trigger language plpgsql as $$
begin
    if tg_op <> 'DELETE' then
        execute format('insert into dashboard_stale_month select distinct %L, m from (select %s as m from new_rows) x where m is not null',
                       tg_argv[0], tg_argv[1]);
    end if;
    if tg_op <> 'INSERT' then
        execute format('insert into dashboard_stale_month select distinct %L, m from (select %s as m from old_rows) x where m is not null',
                       tg_argv[0], tg_argv[1]);
    end if;
    return null;
end $$;

-- Transition tables allow one event per trigger: three triggers per table.
do $$
declare
    source record;
    event text;
begin
    for source in select * from (values
            ('survey_response', 'SURVEY', 'dashboard_month(answered_at)'),
            ('follow_up', 'FOLLOW_UP', 'dashboard_month(due_at)'),
            ('service_case', 'CASE', 'dashboard_month(opened_at)'),
            ('installation_archive', 'INSTALLATION', 'cast(date_trunc(''month'', installed_on) as date)'),
            -- a line decides its installation's product
            ('installation_line', 'INSTALLATION', '(select cast(date_trunc(''month'', i.installed_on) as date)
                                                    from installation_archive i where i.id = installation_id)'))
            as t(table_name, name, month) loop
        foreach event in array array['insert', 'update', 'delete'] loop
            execute format('create trigger %I after %s on %I referencing %s for each statement '
                               || 'execute function dashboard_stale(%L, %L)',
                           source.table_name || '_stale_' || event, event, source.table_name,
                           case event when 'insert' then 'new table as new_rows'
                                      when 'update' then 'old table as old_rows new table as new_rows'
                                      else 'old table as old_rows' end,
                           source.name, source.month);
        end loop;
    end loop;
end $$;

-- Every month from each source's first to its last, stale: for what is already there (an upgrade, the demo data) and
-- for the nightly rebuild, which catches what no trigger sees (a customer moving city, a product renamed).
create function dashboard_mark_all_stale() returns void language sql as $$
    insert into dashboard_stale_month
    select 'SURVEY', cast(m as date) from generate_series(
        (select date_trunc('month', min(answered_at) at time zone 'Asia/Shanghai') from survey_response),
        (select date_trunc('month', max(answered_at) at time zone 'Asia/Shanghai') from survey_response), interval '1 month') m;
    insert into dashboard_stale_month
    select 'FOLLOW_UP', cast(m as date) from generate_series(
        (select date_trunc('month', min(due_at) at time zone 'Asia/Shanghai') from follow_up),
        (select date_trunc('month', max(due_at) at time zone 'Asia/Shanghai') from follow_up), interval '1 month') m;
    insert into dashboard_stale_month
    select 'CASE', cast(m as date) from generate_series(
        (select date_trunc('month', min(opened_at) at time zone 'Asia/Shanghai') from service_case),
        (select date_trunc('month', max(opened_at) at time zone 'Asia/Shanghai') from service_case), interval '1 month') m;
    insert into dashboard_stale_month
    select 'INSTALLATION', cast(m as date) from generate_series(
        (select date_trunc('month', min(installed_on)) from installation_archive),
        (select date_trunc('month', max(installed_on)) from installation_archive), interval '1 month') m;
$$;

select dashboard_mark_all_stale();
