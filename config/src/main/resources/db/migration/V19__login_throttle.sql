-- Login throttling (issue 14, security): failed logins are counted per account, per client address and per
-- account from one address, and each count past its threshold makes the next attempt wait a delay that doubles,
-- up to a cap (LoginThrottle). This replaces the hard 15-minute lock of an account after five wrong passwords,
-- which anyone who knew a username could trigger. Counts exist for unknown usernames too: the answer does not tell
-- which usernames exist.
create table login_throttle (
    key            varchar(200) primary key,  -- 'account:<username>', 'address:<ip>', 'account-address:<username>|<ip>'
    failures       integer      not null,
    last_failure   timestamptz  not null,
    blocked_until  timestamptz
);
-- forgotten counts are deleted by age
create index login_throttle_last_failure_idx on login_throttle (last_failure);

alter table app_user drop column failed_logins, drop column locked_until;
