-- Scheduled jobs run once across nodes: ShedLock keeps one row per job name (table layout of
-- shedlock-provider-jdbc-template 6.10.0); the node that holds the row until lock_until runs the job.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);

-- Background jobs (imports, allocation runs, certificate batches) in progress: the node running one beats here.
-- A job whose beat stopped (its node died) is marked interrupted by whichever node sweeps next.
create table platform_job_lease (
    kind     varchar(40)  not null,
    job_id   bigint       not null,
    node     varchar(200) not null,
    beat_at  timestamptz  not null default now(),
    primary key (kind, job_id)
);
create index platform_job_lease_node_idx on platform_job_lease (node);
