-- Background analysis jobs (issue 14): suggesting themes, finding campaigns. One QUEUED or RUNNING job per forum; a
-- replica claims a QUEUED job with FOR UPDATE SKIP LOCKED and keeps heartbeat_at fresh while it runs, so a job whose
-- process died (heartbeat older than a minute) is re-queued and run again from the start, up to max attempts.
create table analysis_job (
    id                bigint        generated always as identity primary key,
    event_slug        varchar(100)  not null,
    kind              varchar(40)   not null,
    -- a JSON object of string values, e.g. {"draftId":"7","themes":"12"}
    parameters        text          not null default '{}',
    status            varchar(10)   not null,
    done              bigint        not null default 0,
    total             bigint        not null default 0,
    message           varchar(1000),
    requested_by      varchar(100)  not null,
    created_at        timestamptz   not null,
    started_at        timestamptz,
    heartbeat_at      timestamptz,
    finished_at       timestamptz,
    attempt           integer       not null default 0,
    cancel_requested  boolean       not null default false,
    constraint analysis_job_status_known check (status in ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED'))
);

create unique index analysis_job_one_active on analysis_job (event_slug) where status in ('QUEUED', 'RUNNING');
create index analysis_job_by_event on analysis_job (event_slug, id desc);
create index analysis_job_queued on analysis_job (id) where status = 'QUEUED';
create index analysis_job_running on analysis_job (heartbeat_at) where status = 'RUNNING';

-- The heaviest stems of a theme's centroid ("суд 0.52;судья 0.31"), to give a new item the nearest accepted theme.
-- Written by the suggestion job for its themes, recomputed from a theme's confirmed items when they change.
create table theme_centroid (
    theme_id     bigint        primary key references theme (id) on delete cascade,
    terms        text          not null,
    -- how many confirmed items it was computed from (0: from the suggestion); a different count means recompute
    confirmed    integer       not null,
    computed_at  timestamptz   not null
);

-- How far the nearest-theme sweep has read each forum's items, as a (created_at, id) keyset position per kind (ids
-- come from pooled sequences, so they do not grow in time order across replicas), so each sweep is a bounded batch
-- and a restart continues where it stopped.
create table analysis_sweep (
    event_slug               varchar(100)  primary key,
    comment_at               timestamptz   not null default '-infinity',
    comment_id               bigint        not null default 0,
    recommendation_at        timestamptz   not null default '-infinity',
    recommendation_id        bigint        not null default 0,
    swept_at                 timestamptz   not null
);
