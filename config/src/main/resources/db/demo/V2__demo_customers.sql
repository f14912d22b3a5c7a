-- Demo products (from the flooring manual), 300 customers in the dealers' cities with their phones, and
-- installation archives done by the providers of the same city.

insert into product (code, brand, product_line, name, category, length_mm, width_mm, thickness_mm, veneer_mm, colour_grade, premium) values
 ('BLK-HJMT-910', '生活家', '巴洛克', '巴洛克黄金麦田', '实木多层', 910, 125, 15, null, null, true),
 ('BLK-YM-910',   '生活家', '巴洛克', '巴洛克缅甸柚木', '实木多层', 910, 125, 15, null, null, true),
 ('BZB-XZMD-910', '生活家', '标准板', '标准板香脂木豆', '实木多层', 910, 125, 15, 2.0, '黄标', false),
 ('BZB-XM-910',   '生活家', '标准板', '标准板欧洲橡木', '实木多层', 910, 125, 15, 2.0, '黄标', false),
 ('BZB-HT-1210',  '生活家', '标准板', '标准板北美黑胡桃', '实木多层', 1210, 165, 15, 3.0, '红标', false),
 ('QH-BY-1218',   '生活家', '强化',   '强化复合白橡', '强化复合', 1218, 198, 12, null, null, false);

with names as (
    select array['王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙','马','朱','胡','郭','何','林','高','罗'] as surnames,
           array['秀英','桂英','志强','建华','丽娟','海燕','俊杰','晓明','文静','国庆','雪梅','春生','玉兰','子涵','浩然',
                 '欣怡','宇轩','梓萱','建军','红梅','丹','勇','敏','静','磊','洋','艳','杰','娜','涛'] as given,
           array['花园路','中山路','人民路','解放路','建设路','和平街','文化路','新华路','长江路','滨江大道'] as streets
), d as (
    select id, region_code, row_number() over (order by id) as rn, count(*) over () as total from dealer
)
insert into customer (name, customer_class, region_code, street, suburban, dealer_id, created_at)
select n.surnames[1 + (g % 20)] || n.given[1 + ((g * 7) % 30)],
       (array['POTENTIAL','NEW','NEW','REGULAR','REGULAR','VIP'])[1 + (g % 6)],
       coalesce(district.code, d.region_code),
       n.streets[1 + (g % 10)] || (g % 300 + 1) || '号' || (g % 20 + 1) || '栋' || (g % 6 + 1) || '0' || (g % 4 + 1) || '室',
       coalesce(district.suburban, false),
       d.id,
       now() - make_interval(days => 400 - g)
from generate_series(1, 300) g
cross join names n
join d on d.rn = 1 + (g % d.total)
left join lateral (
    select r.code, r.suburban from region r where r.parent_code = d.region_code
    order by r.code offset (g % greatest(1, (select count(*) from region c where c.parent_code = d.region_code))) limit 1
) district on true;

insert into customer_phone (customer_id, number, position)
select id, (array['138','139','135','136','137','150','151','158','186','188'])[1 + (id % 10)]
           || lpad(((id * 2654435761) % 100000000)::text, 8, '0'), 0
from customer;

insert into customer_phone (customer_id, number, position)
select id, '0571' || lpad((20000000 + (id * 40503) % 70000000)::text, 8, '0'), 1
from customer where id % 7 = 0;

-- Two of every three customers have an installation by a provider of their dealer's city (or the nearest one).
with c as (
    select c.id, c.dealer_id, c.created_at, d.region_code,
           coalesce((select p.id from service_provider p where p.region_code = d.region_code order by p.id limit 1),
                    (select min(id) from service_provider)) as provider_id
    from customer c join dealer d on d.id = c.dealer_id
    where c.customer_class <> 'POTENTIAL' and c.id % 3 <> 0
)
insert into installation_archive (customer_id, dealer_id, provider_id, installation_method, installed_on, accepted_on,
                                  moved_in_on, warranty_card_no, free_period_policy_id, card_rule_policy_id, created_by, created_at)
select c.id, c.dealer_id, c.provider_id,
       (array['FLOATING','JOIST','GLUE_DOWN'])[1 + (c.id % 3)],
       (c.created_at + interval '10 days')::date,
       (c.created_at + interval '13 days')::date,
       (c.created_at + interval '40 days')::date,
       case when c.id % 11 = 0 then null else 'BXK' || to_char(c.created_at, 'YYYY') || lpad(c.id::text, 6, '0') end,
       (select id from policy_value where policy_key = 'warranty.free-period' order by effective_from desc limit 1),
       (select id from policy_value where policy_key = 'warranty.card-required-from' order by effective_from desc limit 1),
       'demo', c.created_at + interval '10 days'
from c;

insert into installation_line (installation_id, line_no, product_id, quantity_m2, unit_price)
select i.id, 1, p.id, 30 + (i.id % 90), (array[268, 298, 358, 428, 168, 128])[1 + (p.id - (select min(id) from product)) % 6]
from installation_archive i
join product p on p.id = (select min(id) from product) + (i.id % 6);

insert into installation_technician (installation_id, technician_id)
select i.id, t.id
from installation_archive i
join technician t on t.provider_id = i.provider_id and t.certificate_level = 'SENIOR';

insert into installation_exclusion (installation_id, exclusion, reason, recorded_by)
select id, 'IMPROPER_USE', '客户长期用湿拖把拖地，地板起拱（使用不当）', 'demo'
from installation_archive where id % 17 = 0;

insert into customer_event (customer_id, occurred_at, kind, summary, ref_type, ref_id, actor)
select id, created_at, 'CUSTOMER_CREATED', name, 'CUSTOMER', id, 'demo' from customer;

insert into customer_event (customer_id, occurred_at, kind, summary, ref_type, ref_id, actor)
select customer_id, created_at, 'INSTALLATION_RECORDED', coalesce(warranty_card_no, ''), 'INSTALLATION', id, 'demo'
from installation_archive;
