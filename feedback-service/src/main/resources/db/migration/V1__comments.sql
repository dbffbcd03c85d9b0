create sequence comment_seq start with 1 increment by 50;

create table comment (
    id              bigint        primary key,
    event_slug      varchar(100)  not null,
    statement_id    bigint,
    material_id     bigint,
    parent_id       bigint        references comment (id),
    body            text          not null,
    language        varchar(2)    not null,
    author_subject  varchar(64)   not null,
    author_name     varchar(80)   not null,
    status          varchar(16)   not null,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    version         integer       not null default 0,
    constraint comment_language_known check (language in ('kk', 'ru', 'en')),
    constraint comment_status_known check (status in ('PENDING', 'PUBLISHED', 'HIDDEN', 'REJECTED', 'DELETED'))
);

create index comment_by_event on comment (event_slug, status, created_at desc, id desc);
create index comment_by_author on comment (author_subject, created_at desc);

-- a creating POST retried with the same Idempotency-Key replays the stored answer
create table idempotency_key (
    owner_subject   varchar(64)   not null,
    key             varchar(100)  not null,
    operation       varchar(60)   not null,
    request_hash    varchar(64)   not null,
    response_status integer,
    response_body   text,
    created_at      timestamptz   not null default now(),
    primary key (owner_subject, key)
);

create index idempotency_key_age on idempotency_key (created_at);
