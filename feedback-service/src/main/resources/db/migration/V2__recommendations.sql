create extension if not exists pg_trgm;

create sequence recommendation_seq start with 1 increment by 50;

create table recommendation (
    id                 bigint        primary key,
    event_slug         varchar(100)  not null,
    statement_id       bigint,
    material_id        bigint,
    title              varchar(200)  not null,
    body               text          not null,
    topic              varchar(60),
    expected_effect    text,
    language           varchar(2)    not null,
    author_subject     varchar(64)   not null,
    author_name        varchar(80)   not null,
    -- the review workflow
    status             varchar(20)   not null default 'SUBMITTED',
    merged_into_id     bigint        references recommendation (id),
    assigned_to        varchar(100),
    official_answer    text,
    answered_by        varchar(200),
    answered_at        timestamptz,
    -- whether the public sees it
    visibility         varchar(16)   not null default 'PUBLISHED',
    endorsement_count  integer       not null default 0,
    created_at         timestamptz   not null,
    updated_at         timestamptz   not null,
    version            integer       not null default 0,
    constraint recommendation_language_known check (language in ('kk', 'ru', 'en')),
    constraint recommendation_status_known check (status in
        ('SUBMITTED', 'UNDER_REVIEW', 'ACCEPTED', 'PARTIALLY_ACCEPTED', 'REJECTED', 'MERGED')),
    constraint recommendation_visibility_known check (visibility in ('PENDING', 'PUBLISHED', 'HIDDEN', 'REJECTED', 'DELETED')),
    constraint recommendation_endorsements_counted check (endorsement_count >= 0)
);

create index recommendation_by_event on recommendation (event_slug, visibility, created_at desc, id desc);
create index recommendation_by_author on recommendation (author_subject, created_at desc);
create index recommendation_top on recommendation (event_slug, endorsement_count desc, id desc);
-- near-duplicate lookups: similar titles and texts within an event
create index recommendation_title_trgm on recommendation using gin (title gin_trgm_ops);

create table endorsement (
    recommendation_id  bigint       not null references recommendation (id) on delete cascade,
    endorser_subject   varchar(64)  not null,
    created_at         timestamptz  not null,
    primary key (recommendation_id, endorser_subject)
);

-- per-user submission counters, shared by every replica; one row per user, kind and window
create table submission_window (
    owner_subject  varchar(64)  not null,
    kind           varchar(20)  not null,
    window_start   timestamptz  not null,
    window_seconds integer      not null,
    count          integer      not null,
    primary key (owner_subject, kind, window_seconds, window_start)
);

create index submission_window_age on submission_window (window_start);
