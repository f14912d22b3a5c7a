-- Demo data: applied only in the demo run (crm.profile=demo), tracked in its own history table.
-- ${demo_password_hash} is the Argon2id hash of the password the launcher generated for this data directory.

insert into dealer (code, name, province, city, market_level, contact_name, contact_phone, hotline) values
 ('D-BJ-001', '北京居然之家木地板专营店', '北京市', '北京市', 1, '王建国', '13901012345', '010-84561234'),
 ('D-SH-001', '上海红星美凯龙地板旗舰店', '上海市', '上海市', 1, '陈美玲', '13817654321', '021-64327788'),
 ('D-HZ-001', '杭州生活家地板经销部',     '浙江省', '杭州市', 1, '周国强', '13905718899', '0571-87651234'),
 ('D-SZ-001', '苏州吴中区生活家专卖店',   '江苏省', '苏州市', 2, '沈丽华', '13962145566', '0512-65432100'),
 ('D-CD-001', '成都金牛区家居建材城店',   '四川省', '成都市', 1, '李志勇', '13808012233', '028-83334567'),
 ('D-WX-001', '无锡惠山地板经销商',       '江苏省', '无锡市', 2, '钱伟',   '13915223344', '0510-83216677'),
 ('D-YW-001', '义乌市稠城地板商行',       '浙江省', '金华市', 3, '吴小平', '13757911122', '0579-85541122');

insert into service_provider (code, name, province, city, market_level, contact_name, contact_phone, hotline,
                              agreement_signed_on, grade, status, deposit) values
 ('P-BJ-001', '北京安居地板铺装服务有限公司',   '北京市', '北京市', 1, '刘海涛', '13601234567', '010-62345678', '2010-03-01', 'A', 'ACTIVE', 20000),
 ('P-SH-001', '上海匠心木作安装服务部',         '上海市', '上海市', 1, '黄晓东', '13761239876', '021-58761234', '2010-04-15', 'A', 'ACTIVE', 20000),
 ('P-HZ-001', '杭州西子地板售后服务中心',       '浙江省', '杭州市', 1, '徐军',   '13867451234', '0571-88213456', '2010-02-20', 'B', 'ACTIVE', 15000),
 ('P-SZ-001', '苏州姑苏家装服务有限公司',       '江苏省', '苏州市', 2, '顾文斌', '13771823456', '0512-68123456', '2010-05-10', 'B', 'ACTIVE', 10000),
 ('P-CD-001', '成都蜀安地板安装维修部',         '四川省', '成都市', 1, '杨帆',   '13982123456', '028-85671234', '2010-06-01', 'C', 'SUSPENDED', 10000),
 ('P-JH-001', '金华婺城区地板服务站',           '浙江省', '金华市', 3, '何建平', '13605791234', '0579-82345678', '2011-01-10', 'C', 'ACTIVE', 5000);

-- Four technicians per provider, one of each certificate level.
insert into technician (provider_id, name, mobile, certificate_level, certificate_no, certificate_valid_until)
select p.id,
       (array['张伟','王磊','李强','赵军','孙涛','周杰','吴斌','郑浩','冯刚','陈亮','褚明','卫东','蒋勇','沈飞','韩冰','杨林',
              '朱峰','秦岭','许鹏','何勇','吕超','施华','孔亮','曹阳'])[(p.rn - 1) * 4 + l.n],
       '139' || lpad(((p.rn * 7919 + l.n * 104729) % 100000000)::text, 8, '0'),
       l.level,
       'SZS-' || p.code || '-' || l.n,
       date '2027-06-30'
from (select id, code, row_number() over (order by id) as rn from service_provider) p
cross join (values (1, 'SENIOR'), (2, 'INTERMEDIATE'), (3, 'JUNIOR'), (4, 'TRAINEE')) as l(n, level);

-- 300 customers spread over the dealers' cities, with mobile numbers and a few landlines.
with names as (
    select array['王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙','马','朱','胡','郭','何','林','高','罗'] as surnames,
           array['秀英','桂英','志强','建华','丽娟','海燕','俊杰','晓明','文静','国庆','雪梅','春生','玉兰','子涵','浩然',
                 '欣怡','宇轩','梓萱','建军','红梅','丹','勇','敏','静','磊','洋','艳','杰','娜','涛'] as given,
           array['花园路','中山路','人民路','解放路','建设路','和平街','文化路','新华路','长江路','滨江大道'] as streets
), d as (
    select id, province, city, row_number() over (order by id) as rn, count(*) over () as total from dealer
)
insert into customer (name, customer_class, province, city, district, street, suburban, dealer_id)
select n.surnames[1 + (g % 20)] || n.given[1 + ((g * 7) % 30)],
       (array['POTENTIAL','NEW','NEW','REGULAR','REGULAR','VIP'])[1 + (g % 6)],
       d.province, d.city,
       case when g % 5 = 0 then '郊县' else '市区' end,
       n.streets[1 + (g % 10)] || (g % 300 + 1) || '号' || (g % 20 + 1) || '栋' || (g % 6 + 1) || '0' || (g % 4 + 1) || '室',
       g % 5 = 0,
       d.id
from generate_series(1, 300) g
cross join names n
join d on d.rn = 1 + (g % d.total);

insert into customer_phone (customer_id, number)
select id, (array['138','139','135','136','137','150','151','158','186','188'])[1 + (id % 10)]
           || lpad(((id * 2654435761) % 100000000)::text, 8, '0')
from customer;

insert into customer_phone (customer_id, number)
select id, '0571' || lpad(((id * 40503) % 100000000)::text, 8, '0')
from customer where id % 7 = 0;

-- One demo user per role (plus a second dealer and provider to show data isolation).
insert into app_user (username, display_name, password_hash, dealer_id, provider_id) values
 ('agent',      '客服专员 李娜',   '${demo_password_hash}', null, null),
 ('supervisor', '客服经理 王芳',   '${demo_password_hash}', null, null),
 ('info',       '信息主任 赵敏',   '${demo_password_hash}', null, null),
 ('dealer',     '经销商 王建国',   '${demo_password_hash}', (select id from dealer where code = 'D-BJ-001'), null),
 ('dealer2',    '经销商 陈美玲',   '${demo_password_hash}', (select id from dealer where code = 'D-SH-001'), null),
 ('provider',   '服务商 刘海涛',   '${demo_password_hash}', null, (select id from service_provider where code = 'P-BJ-001')),
 ('provider2',  '服务商 黄晓东',   '${demo_password_hash}', null, (select id from service_provider where code = 'P-SH-001')),
 ('manager',    '营销管理部 周强', '${demo_password_hash}', null, null),
 ('admin',      '系统管理员 孙伟', '${demo_password_hash}', null, null);

insert into app_user_role (user_id, role)
select id, case username
               when 'agent' then 'AGENT' when 'supervisor' then 'SUPERVISOR' when 'info' then 'INFO_OFFICER'
               when 'dealer' then 'DEALER' when 'dealer2' then 'DEALER'
               when 'provider' then 'PROVIDER' when 'provider2' then 'PROVIDER'
               when 'manager' then 'MANAGER' when 'admin' then 'ADMIN' end
from app_user;
