-- Administrative regions (GB/T 2260 codes): province → city → district, with each city's market level
-- (市场级别: 1 = municipalities, provincial capitals and equivalents; 2 = prefecture-level cities;
-- 3 = county level and below). A district row carries the level of where it is (a 市辖区 inherits its city's
-- level, a county or county-level city is 3) and whether addresses there count as suburban (郊县).
create table region (
    code          char(6)      primary key,
    name          varchar(50)  not null,
    kind          varchar(10)  not null check (kind in ('PROVINCE', 'CITY', 'DISTRICT')),
    parent_code   char(6)      references region (code),
    market_level  smallint     check (market_level between 1 and 3),
    suburban      boolean      not null default false,
    constraint region_parent check ((kind = 'PROVINCE') = (parent_code is null)),
    constraint region_level check (kind = 'PROVINCE' or market_level is not null)
);
create index region_parent_idx on region (parent_code);
create index region_name_idx on region (name);
