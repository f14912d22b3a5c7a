-- Demo data: applied only in the demo run (crm.profile=demo), tracked in its own history table.
-- ${demo_password_hash} is the Argon2id hash of the password the launcher generated for this data directory.

insert into dealer (code, name, region_code, market_level, contact_name, contact_phone, hotline) values
 ('D-BJ-001', '北京居然之家木地板专营店', '110100', 1, '王建国', '13901012345', '010-84561234'),
 ('D-SH-001', '上海红星美凯龙地板旗舰店', '310100', 1, '陈美玲', '13817654321', '021-64327788'),
 ('D-HZ-001', '杭州生活家地板经销部',     '330100', 1, '周国强', '13905718899', '0571-87651234'),
 ('D-SZ-001', '苏州吴中区生活家专卖店',   '320500', 2, '沈丽华', '13962145566', '0512-65432100'),
 ('D-CD-001', '成都金牛区家居建材城店',   '510100', 1, '李志勇', '13808012233', '028-83334567'),
 ('D-WX-001', '无锡惠山地板经销商',       '320200', 2, '钱伟',   '13915223344', '0510-83216677'),
 ('D-YW-001', '义乌市稠城地板商行',       '330700', 3, '吴小平', '13757911122', '0579-85541122');

insert into service_provider (code, name, region_code, market_level, contact_name, contact_phone, hotline,
                              agreement_signed_on, grade, status, deposit) values
 ('P-BJ-001', '北京安居地板铺装服务有限公司',   '110100', 1, '刘海涛', '13601234567', '010-62345678', '2010-03-01', 'A', 'ACTIVE', 20000),
 ('P-SH-001', '上海匠心木作安装服务部',         '310100', 1, '黄晓东', '13761239876', '021-58761234', '2010-04-15', 'A', 'ACTIVE', 20000),
 ('P-HZ-001', '杭州西子地板售后服务中心',       '330100', 1, '徐军',   '13867451234', '0571-88213456', '2010-02-20', 'B', 'ACTIVE', 15000),
 ('P-SZ-001', '苏州姑苏家装服务有限公司',       '320500', 2, '顾文斌', '13771823456', '0512-68123456', '2010-05-10', 'B', 'ACTIVE', 10000),
 ('P-CD-001', '成都蜀安地板安装维修部',         '510100', 1, '杨帆',   '13982123456', '028-85671234', '2010-06-01', 'C', 'SUSPENDED', 10000),
 ('P-JH-001', '金华婺城区地板服务站',           '330700', 2, '何建平', '13605791234', '0579-82345678', '2011-01-10', 'C', 'ACTIVE', 5000);

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

-- Customers, phones, products and installations: V2__demo_customers.sql.

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
