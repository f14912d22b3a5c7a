-- 管理看板月汇总: the dashboard reads monthly roll-ups instead of the base tables, so that a view costs what the
-- number of (month, provider, dealer, city, brand, line) combinations costs, not what millions of surveys, follow-ups,
-- cases and installations cost. The drill-downs stay on the base tables. A month is a Beijing calendar month.
--
-- Freshness: every change to a source table appends the months it touched to dashboard_stale_month (statement
-- triggers below: one row per statement and month, never a lock a writer could wait on); the refresh
-- (DashboardRefresh, every 5 minutes) recomputes those months, and always the current and previous month of the
-- figures that depend on "now" (a follow-up window or an SLA clock that ends without any row changing).

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

-- The moment the last complete refresh counted "now" at: the figures and their drill-downs both use it.
create table dashboard_refresh (
    id     smallint    primary key default 1 check (id = 1),
    as_of  timestamptz not null
);

create function dashboard_month(t timestamptz) returns date language sql immutable as
$$ select cast(date_trunc('month', t at time zone 'Asia/Shanghai') as date) $$;

create function dashboard_stale_survey() returns trigger language plpgsql as $$
begin
    if tg_op <> 'DELETE' then
        insert into dashboard_stale_month select distinct 'SURVEY', dashboard_month(answered_at) from new_rows;
    end if;
    if tg_op <> 'INSERT' then
        insert into dashboard_stale_month select distinct 'SURVEY', dashboard_month(answered_at) from old_rows;
    end if;
    return null;
end $$;

create function dashboard_stale_follow_up() returns trigger language plpgsql as $$
begin
    if tg_op <> 'DELETE' then
        insert into dashboard_stale_month select distinct 'FOLLOW_UP', dashboard_month(due_at) from new_rows;
    end if;
    if tg_op <> 'INSERT' then
        insert into dashboard_stale_month select distinct 'FOLLOW_UP', dashboard_month(due_at) from old_rows;
    end if;
    return null;
end $$;

create function dashboard_stale_case() returns trigger language plpgsql as $$
begin
    if tg_op <> 'DELETE' then
        insert into dashboard_stale_month select distinct 'CASE', dashboard_month(opened_at) from new_rows;
    end if;
    if tg_op <> 'INSERT' then
        insert into dashboard_stale_month select distinct 'CASE', dashboard_month(opened_at) from old_rows;
    end if;
    return null;
end $$;

create function dashboard_stale_installation() returns trigger language plpgsql as $$
begin
    if tg_op <> 'DELETE' then
        insert into dashboard_stale_month
        select distinct 'INSTALLATION', cast(date_trunc('month', installed_on) as date) from new_rows;
    end if;
    if tg_op <> 'INSERT' then
        insert into dashboard_stale_month
        select distinct 'INSTALLATION', cast(date_trunc('month', installed_on) as date) from old_rows;
    end if;
    return null;
end $$;

-- A line decides its installation's product: its installation's month is stale (the installation may be gone).
create function dashboard_stale_installation_line() returns trigger language plpgsql as $$
begin
    if tg_op <> 'DELETE' then
        insert into dashboard_stale_month
        select distinct 'INSTALLATION', cast(date_trunc('month', i.installed_on) as date)
        from new_rows l join installation_archive i on i.id = l.installation_id;
    end if;
    if tg_op <> 'INSERT' then
        insert into dashboard_stale_month
        select distinct 'INSTALLATION', cast(date_trunc('month', i.installed_on) as date)
        from old_rows l join installation_archive i on i.id = l.installation_id;
    end if;
    return null;
end $$;

-- Transition tables allow one event per trigger: three triggers per table.
create trigger survey_response_stale_insert after insert on survey_response
    referencing new table as new_rows for each statement execute function dashboard_stale_survey();
create trigger survey_response_stale_update after update on survey_response
    referencing old table as old_rows new table as new_rows for each statement execute function dashboard_stale_survey();
create trigger survey_response_stale_delete after delete on survey_response
    referencing old table as old_rows for each statement execute function dashboard_stale_survey();

create trigger follow_up_stale_insert after insert on follow_up
    referencing new table as new_rows for each statement execute function dashboard_stale_follow_up();
create trigger follow_up_stale_update after update on follow_up
    referencing old table as old_rows new table as new_rows for each statement execute function dashboard_stale_follow_up();
create trigger follow_up_stale_delete after delete on follow_up
    referencing old table as old_rows for each statement execute function dashboard_stale_follow_up();

create trigger service_case_stale_insert after insert on service_case
    referencing new table as new_rows for each statement execute function dashboard_stale_case();
create trigger service_case_stale_update after update on service_case
    referencing old table as old_rows new table as new_rows for each statement execute function dashboard_stale_case();
create trigger service_case_stale_delete after delete on service_case
    referencing old table as old_rows for each statement execute function dashboard_stale_case();

create trigger installation_archive_stale_insert after insert on installation_archive
    referencing new table as new_rows for each statement execute function dashboard_stale_installation();
create trigger installation_archive_stale_update after update on installation_archive
    referencing old table as old_rows new table as new_rows for each statement execute function dashboard_stale_installation();
create trigger installation_archive_stale_delete after delete on installation_archive
    referencing old table as old_rows for each statement execute function dashboard_stale_installation();

create trigger installation_line_stale_insert after insert on installation_line
    referencing new table as new_rows for each statement execute function dashboard_stale_installation_line();
create trigger installation_line_stale_update after update on installation_line
    referencing old table as old_rows new table as new_rows for each statement execute function dashboard_stale_installation_line();
create trigger installation_line_stale_delete after delete on installation_line
    referencing old table as old_rows for each statement execute function dashboard_stale_installation_line();

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
