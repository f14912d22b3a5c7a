-- Demo data for API clients (接口客户端) (demo run only): the Beijing provider's own dispatch system, active, and an
-- old telephony platform, revoked. No usable key is committed: the stored hashes are of no secret anybody knows
-- (all zeros is the SHA-256 of nothing findable). To try the API with a key, rotate the active client's key on the
-- admin page (管理 → 接口客户端): the new key is shown once.
insert into api_client (name, role, provider_id, created_by, created_at) values
 ('安居派工系统', 'PROVIDER', (select id from service_provider where code = 'P-BJ-001'), 'admin', now() - interval '40 days');
insert into api_client (name, role, requests_per_minute, burst, created_by, created_at, revoked_by, revoked_at) values
 ('旧呼叫中心平台', 'AGENT', 600, 60, 'admin', now() - interval '200 days', 'admin', now() - interval '30 days');

insert into api_client_key (client_id, key_id, secret_hash, created_by, created_at, expires_at, last_used_at)
select c.id, k.key_id, repeat('0', 64), 'admin', k.created_at, k.expires_at, k.last_used_at
from (values ('安居派工系统', '0000000a0001', now() - interval '40 days', null::timestamptz, now() - interval '2 hours'),
             ('旧呼叫中心平台', '0000000a0002', now() - interval '200 days', now() - interval '30 days', now() - interval '31 days'))
     as k (name, key_id, created_at, expires_at, last_used_at)
join api_client c on c.name = k.name;
