-- The full public record of a forum: what it is, who took part, what was said, what was concluded.

alter table event
    add column kind          varchar(16)  not null default 'FORUM',
    add column format        varchar(16)  not null default 'IN_PERSON',
    add column description   jsonb        not null default '{}'::jsonb,
    add column topics        text[]       not null default '{}',
    add column cover_url     varchar(500),
    add column outcome       jsonb        not null default '{}'::jsonb,
    add column published_at  timestamptz,
    add column archived_at   timestamptz,
    -- maintained by the service from titles, summaries, statements and materials; see EventSearch
    add column search_ru     text         not null default '',
    add column search_kk     text         not null default '',
    add column search_en     text         not null default '',
    add column search_vector tsvector generated always as (
            setweight(to_tsvector('russian', search_ru), 'A')
         || to_tsvector('simple', search_kk)
         || to_tsvector('english', search_en)) stored,
    add constraint event_kind_known check (kind in ('FORUM', 'HEARING', 'ROUND_TABLE')),
    add constraint event_format_known check (format in ('IN_PERSON', 'ONLINE', 'HYBRID'));

create index event_search on event using gin (search_vector);
create index event_topics on event using gin (topics);
create index event_city on event (lower(city));

create sequence participant_seq start with 1 increment by 50;
create table participant (
    id            bigint        primary key,
    event_id      bigint        not null references event (id) on delete cascade,
    name          varchar(200)  not null,
    position      jsonb         not null default '{}'::jsonb,
    organisation  jsonb         not null default '{}'::jsonb,
    role          varchar(16)   not null,
    sort_order    integer       not null,
    constraint participant_role_known check (role in ('SPEAKER', 'MODERATOR', 'EXPERT', 'GUEST'))
);
create index participant_by_event on participant (event_id, sort_order);

create sequence agenda_item_seq start with 1 increment by 50;
create table agenda_item (
    id          bigint       primary key,
    event_id    bigint       not null references event (id) on delete cascade,
    title       jsonb        not null,
    kind        varchar(20)  not null,
    starts_at   timestamptz,
    ends_at     timestamptz,
    sort_order  integer      not null,
    constraint agenda_item_kind_known check (kind in ('OPENING', 'PANEL', 'EXPERT_DISCUSSION', 'CLOSING', 'OTHER'))
);
create index agenda_item_by_event on agenda_item (event_id, sort_order);

create table agenda_item_participant (
    agenda_item_id  bigint not null references agenda_item (id) on delete cascade,
    participant_id  bigint not null references participant (id) on delete cascade,
    primary key (agenda_item_id, participant_id)
);

create sequence statement_seq start with 1 increment by 50;
create table statement (
    id              bigint       primary key,
    event_id        bigint       not null references event (id) on delete cascade,
    participant_id  bigint       references participant (id) on delete set null,
    agenda_item_id  bigint       references agenda_item (id) on delete set null,
    text            text         not null,
    language        varchar(2)   not null,
    sort_order      integer      not null,
    created_at      timestamptz  not null,
    constraint statement_language_known check (language in ('kk', 'ru', 'en'))
);
create index statement_by_event on statement (event_id, sort_order);

-- public, append-only: what staff changed on an event and when (staff user names only)
create sequence event_change_seq start with 1 increment by 50;
create table event_change (
    id          bigint        primary key,
    event_id    bigint        not null references event (id) on delete cascade,
    changed_at  timestamptz   not null,
    changed_by  varchar(100)  not null,
    action      varchar(40)   not null,
    detail      jsonb         not null default '{}'::jsonb
);
create index event_change_by_event on event_change (event_id, changed_at desc, id desc);
