-- The job repository of Payara's batch runtime (IBM JBatch), in the application's database (domain.asadmin points the
-- runtime at jdbc/crm): Payara's own PostgreSQL DDL (payara-jbatch.jar, ddls/jsr352-postgresql.ddl). Created here
-- because the runtime did not create it on PostgreSQL 18 ("relation jobinstancedata does not exist" at the first job).

create table if not exists jobinstancedata (
    jobinstanceid  serial not null primary key,
    name           character varying(512),
    apptag         varchar(512)
);

create table if not exists executioninstancedata (
    jobexecid      serial not null primary key,
    jobinstanceid  bigint not null references jobinstancedata (jobinstanceid),
    createtime     timestamp,
    starttime      timestamp,
    endtime        timestamp,
    updatetime     timestamp,
    parameters     bytea,
    batchstatus    character varying(512),
    exitstatus     character varying(512)
);

create table if not exists stepexecutioninstancedata (
    stepexecid        serial not null primary key,
    jobexecid         bigint not null references executioninstancedata (jobexecid),
    batchstatus       character varying(512),
    exitstatus        character varying(512),
    stepname          character varying(512),
    readcount         integer,
    writecount        integer,
    commitcount       integer,
    rollbackcount     integer,
    readskipcount     integer,
    processskipcount  integer,
    filtercount       integer,
    writeskipcount    integer,
    starttime         timestamp,
    endtime           timestamp,
    persistentdata    bytea
);

create table if not exists jobstatus (
    id   bigint not null references jobinstancedata (jobinstanceid),
    obj  bytea
);

create table if not exists stepstatus (
    id   bigint not null references stepexecutioninstancedata (stepexecid),
    obj  bytea
);

create table if not exists checkpointdata (
    id   character varying(512),
    obj  bytea
);
