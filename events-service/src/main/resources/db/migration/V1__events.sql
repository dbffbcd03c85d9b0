create sequence event_seq start with 1 increment by 50;

create table event (
    id                      bigint       primary key,
    slug                    varchar(100) not null,
    title                   jsonb        not null,
    summary                 jsonb        not null default '{}'::jsonb,
    city                    varchar(120) not null,
    venue                   varchar(200),
    organiser               varchar(200),
    source                  varchar(200),
    event_date              date         not null,
    starts_at               timestamptz,
    ends_at                 timestamptz,
    time_zone               varchar(64)  not null default 'Asia/Almaty',
    status                  varchar(16)  not null,
    consultation_opens_at   timestamptz,
    consultation_closes_at  timestamptz,
    created_by              varchar(100),
    created_at              timestamptz  not null default now(),
    updated_at              timestamptz  not null default now(),
    version                 integer      not null default 0,
    constraint event_slug_unique unique (slug),
    constraint event_status_known check (status in ('DRAFT', 'PUBLISHED', 'ARCHIVED')),
    constraint event_window_ordered check (consultation_closes_at is null or consultation_opens_at is null
                                           or consultation_closes_at > consultation_opens_at)
);

create index event_listing on event (status, event_date desc, id desc);
