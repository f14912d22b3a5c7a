-- A year of history for the demo run (crm.demo.history, demo.properties only; never in the test profile): the year
-- ends at the load date, so every date below is now()/current_date arithmetic. This script: about 4,000 customers over the
-- last eighteen months (about 200 a month, more in spring and autumn, the flooring trade's seasons; the older floors
-- are what the first months' service cases are about) in the dealers' cities,
-- their mobiles, one installation archive each by the provider of the dealer's city (else of its province), its
-- product lines and technicians, and each week's archive submission with its outcome (mostly on time, a few late,
-- rarely missing: those weeks' archives get technical support only). Everything is set-based.

create temporary table demo_h_customer on commit drop as
with d as (
    select id, region_code, row_number() over (order by id) as rn, count(*) over () as total from dealer
    where code like 'D-%'
), g as (
    -- day offsets: a customer's installation day, 1..540 days ago, denser in March-May and September-November
    select g, 1 + ((g * 7919) % 540) as back from generate_series(1, 4500) g
)
select g.g, d.id as dealer_id, d.region_code as dealer_region,
       current_date - g.back as installed_on,
       coalesce((select p.id from service_provider p
                 where p.code like 'P-%' and left(p.region_code, 2) = left(d.region_code, 2)
                 order by (p.region_code = d.region_code) desc, p.id limit 1),
                (select min(id) from service_provider where code like 'P-%')) as provider_id
from g
join d on d.rn = 1 + (g.g % d.total)
where extract(month from current_date - g.back) in (3, 4, 5, 9, 10, 11) or g.g % 5 <> 0;
-- 4,500 drawn over eighteen months (the cases of the first months are on older floors), a fifth of the off-season
-- ones dropped: about 4,000, 200 a month

-- P-CD-001 was suspended for rectification five weeks ago (V1's status): nothing installed by it since
delete from demo_h_customer h using service_provider p
where p.id = h.provider_id and p.status <> 'ACTIVE' and h.installed_on > current_date - 35;

analyze demo_h_customer;   -- a temporary table has no statistics until asked: the joins below need them

alter table demo_h_customer add column customer_id bigint;

with names as (
    select array['王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙','马','朱','胡','郭','何','林','高','罗',
                 '郑','梁','谢','宋','唐','许','韩','冯','邓','曹'] as surnames,
           array['秀英','桂英','志强','建华','丽娟','海燕','俊杰','晓明','文静','国庆','雪梅','春生','玉兰','子涵','浩然',
                 '欣怡','宇轩','梓萱','建军','红梅','丹','勇','敏','静','磊','洋','艳','杰','娜','涛','婷','超','明','霞',
                 '刚','平','辉','鹏','华','飞'] as given,
           array['花园路','中山路','人民路','解放路','建设路','和平街','文化路','新华路','长江路','滨江大道','幸福里','东风路',
                 '青年路','光明街','学院路','南京路','朝阳路','复兴路'] as streets,
           array['阳光花园','锦绣家园','金色水岸','翠湖苑','紫薇公寓','碧桂园','万科城','绿城桂花园','龙湖天街','保利香槟'] as estates
), ins as (
    insert into customer (name, customer_class, region_code, street, suburban, dealer_id, created_at)
    select n.surnames[1 + ((h.g * 13) % 30)] || n.given[1 + ((h.g * 17 + (h.g / 7) * 3) % 40)],
           (array['NEW','NEW','NEW','REGULAR','REGULAR','VIP'])[1 + (h.g % 6)],
           coalesce(district.code, h.dealer_region),
           n.streets[1 + (h.g % 18)] || (h.g % 500 + 1) || '号' || n.estates[1 + ((h.g * 3) % 10)]
               || (h.g % 25 + 1) || '栋' || (h.g % 18 + 1) || '0' || (h.g % 4 + 1) || '室',
           coalesce(district.suburban, false),
           h.dealer_id,
           cast(h.installed_on - 12 as timestamp) at time zone 'Asia/Shanghai' + interval '10 hours' + (h.g % 480) * interval '1 minute'
    from demo_h_customer h
    cross join names n
    left join lateral (
        select r.code, r.suburban from region r where r.parent_code = h.dealer_region
        order by r.code offset (h.g % greatest(1, (select count(*) from region c where c.parent_code = h.dealer_region))) limit 1
    ) district on true
    order by h.g
    returning id, created_at
)
-- created in the order of g: pair them back by rank
update demo_h_customer h set customer_id = x.id
from (select id, row_number() over (order by id) as rn from ins) x,
     (select g, row_number() over (order by g) as rn from demo_h_customer) y
where y.g = h.g and x.rn = y.rn;

insert into customer_phone (customer_id, number, position)
select h.customer_id, (array['138','139','135','136','137','150','151','152','158','159','186','187','188','177','199'])[1 + (h.g % 15)]
                      || lpad(((h.customer_id * 2654435761 + h.g * 40503) % 100000000)::text, 8, '0'), 0
from demo_h_customer h;

-- one in eight also gives a landline of the city (area code from the dealer's hotline)
insert into customer_phone (customer_id, number, position)
select h.customer_id, split_part(d.hotline, '-', 1) || lpad((20000000 + (h.customer_id * 7919) % 70000000)::text, 8, '0'), 1
from demo_h_customer h join dealer d on d.id = h.dealer_id
where h.g % 8 = 0 and d.hotline like '0%-%';

insert into installation_archive (customer_id, dealer_id, provider_id, installation_method, installed_on, accepted_on,
                                  moved_in_on, warranty_card_no, free_period_policy_id, card_rule_policy_id, created_by, created_at)
select h.customer_id, h.dealer_id, h.provider_id,
       (array['FLOATING','FLOATING','JOIST','GLUE_DOWN'])[1 + (h.g % 4)],
       h.installed_on,
       h.installed_on + 2 + (h.g % 3),
       h.installed_on + 20 + (h.g % 40),
       'BXK' || to_char(h.installed_on, 'YYMMDD') || lpad(h.customer_id::text, 6, '0'),
       (select id from policy_value where policy_key = 'warranty.free-period' order by effective_from desc limit 1),
       (select id from policy_value where policy_key = 'warranty.card-required-from' order by effective_from desc limit 1),
       'demo-history', cast(h.installed_on as timestamp) at time zone 'Asia/Shanghai' + interval '19 hours'
from demo_h_customer h;

-- Line 1 for every archive, a second product for one in four (a bedroom in another wood).
insert into installation_line (installation_id, line_no, product_id, quantity_m2, unit_price)
select i.id, l.no, p.id, case l.no when 1 then 25 + (i.id % 95) else 12 + (i.id % 20) end,
       (array[268, 298, 358, 428, 168, 128])[1 + p.rn]
from installation_archive i
cross join generate_series(1, 2) as l(no)
join (select id, (row_number() over (order by id))::int - 1 as rn, count(*) over () as total from product
      where code in ('BLK-HJMT-910','BLK-YM-910','BZB-XZMD-910','BZB-XM-910','BZB-HT-1210','QH-BY-1218')) p
  on p.rn = (i.id * 7 + l.no * 3) % p.total
where i.created_by = 'demo-history' and (l.no = 1 or i.id % 4 = 0);

-- A senior leads every installation; an intermediate helps on one in two (never a junior or trainee alone).
insert into installation_technician (installation_id, technician_id)
select i.id, t.id
from installation_archive i
join technician t on t.provider_id = i.provider_id
 and (t.certificate_level = 'SENIOR' or (t.certificate_level = 'INTERMEDIATE' and i.id % 2 = 0))
where i.created_by = 'demo-history';

insert into customer_event (customer_id, occurred_at, kind, summary, ref_type, ref_id, actor)
select c.id, c.created_at, 'CUSTOMER_CREATED', c.name, 'CUSTOMER', c.id, 'agent'
from customer c join demo_h_customer h on h.customer_id = c.id;

insert into customer_event (customer_id, occurred_at, kind, summary, ref_type, ref_id, actor)
select customer_id, created_at, 'INSTALLATION_RECORDED', warranty_card_no, 'INSTALLATION', id, 'demo'
from installation_archive where created_by = 'demo-history';

-- Weekly archive submissions (铺装档案周报送) for the year's weeks: each active signed provider sends its file on Monday
-- morning; one week in twelve late (P-CD-001 one in five, until its suspension five weeks ago), one in forty missing.
-- The last four weeks keep the outcomes V7 gave them and get the files behind them.
create temporary table demo_h_week on commit drop as
select p.id as provider_id, p.code, w.week_start,
       cast(w.week_start + 7 as timestamp) at time zone 'Asia/Shanghai' + interval '17 hours' as deadline_at,
       coalesce(x.outcome,
                case when (p.id * 31 + w.back * 7) % 40 = 0 then 'MISSING'
                     when (p.id * 17 + w.back * 7) % (case when p.code = 'P-CD-001' then 5 else 12 end) = 0 then 'LATE'
                     else 'ON_TIME' end) as outcome,
       w.back, x.first_submitted_at as known_at, x.provider_id is not null as known
from service_provider p
cross join (select back, cast(date_trunc('week', now() at time zone 'Asia/Shanghai') as date) - 7 * back as week_start
            from generate_series(1, 52) as back) w
left join archive_submission_week x on x.provider_id = p.id and x.week_start = w.week_start
where p.code like 'P-%' and p.agreement_signed_on is not null and p.agreement_signed_on < w.week_start
  and (p.status = 'ACTIVE' or (p.code = 'P-CD-001' and w.back >= 5))
  and cast(w.week_start + 7 as timestamp) at time zone 'Asia/Shanghai' + interval '17 hours' < now();

insert into archive_submission (provider_id, week_start, file_name, stored_name, file_format, file_size, sha256, channel,
                                submitted_by, submitted_at, deadline_at, deadline_policy_id, late, status,
                                rows_total, last_row_no, rows_read, rows_written, rows_rejected, finished_at)
select w.provider_id, w.week_start,
       w.code || '_' || to_char(w.week_start, 'IYYY') || '年第' || to_char(w.week_start, 'IW') || '周铺装档案.xlsx',
       'demo-history-' || w.code || '-' || to_char(w.week_start, 'YYYYMMDD') || '.xlsx',
       'XLSX', 9000 + 420 * coalesce(n.rows, 0),
       encode(sha256(convert_to(w.code || w.week_start, 'UTF8')), 'hex'),
       case when w.back % 6 = 0 then 'INBOX' else 'PORTAL' end,
       coalesce((select u.username from app_user u where u.provider_id = w.provider_id order by u.id limit 1), lower(w.code)),
       s.at, w.deadline_at,
       (select id from policy_value where policy_key = 'archive-submission.deadline-after-week' order by effective_from desc limit 1),
       w.outcome = 'LATE', 'COMPLETED',
       coalesce(n.rows, 0), coalesce(n.rows, 0) + 1, coalesce(n.rows, 0), coalesce(n.rows, 0), 0, s.at + interval '40 seconds'
from demo_h_week w
cross join lateral (select coalesce(w.known_at,
                                    case when w.outcome = 'LATE' then w.deadline_at + interval '1 day' + (w.back % 5) * interval '1 hour'
                                         else w.deadline_at - interval '8 hours' + (w.back % 6) * interval '30 minutes' end) as at) s
left join lateral (select count(*)::int as rows from installation_archive i
                   where i.provider_id = w.provider_id and i.installed_on between w.week_start and w.week_start + 6) n on true
where w.outcome <> 'MISSING';

insert into archive_submission_week (provider_id, week_start, deadline_at, outcome, first_submission_id, first_submitted_at,
                                     recorded_at)
select w.provider_id, w.week_start, w.deadline_at, w.outcome, s.id, s.submitted_at,
       coalesce(s.submitted_at, w.deadline_at + interval '5 minutes')
from demo_h_week w
left join archive_submission s on s.provider_id = w.provider_id and s.week_start = w.week_start
                              and s.stored_name like 'demo-history-%'
where not w.known;

update archive_submission_week x set first_submission_id = s.id
from demo_h_week w
join archive_submission s on s.provider_id = w.provider_id and s.week_start = w.week_start and s.stored_name like 'demo-history-%'
where w.known and x.provider_id = w.provider_id and x.week_start = w.week_start and x.first_submission_id is null;

update installation_archive i set submission_id = s.id, technical_support_only = w.outcome <> 'ON_TIME'
from demo_h_week w
left join archive_submission s on s.provider_id = w.provider_id and s.week_start = w.week_start
                              and s.stored_name like 'demo-history-%'
where i.provider_id = w.provider_id and i.installed_on between w.week_start and w.week_start + 6;
