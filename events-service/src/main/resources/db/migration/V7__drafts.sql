-- Draft documents (draft laws, constitutions, recommendations) of an event: numbered versions, each with its
-- structural units per language, and the comparative table of a version against the one before (docs/architecture.md).

create sequence draft_seq start with 1 increment by 50;
create table draft (
    id             bigint       primary key,
    event_id       bigint       not null references event (id) on delete cascade,
    title          jsonb        not null,
    demonstration  boolean      not null default false,
    created_at     timestamptz  not null,
    created_by     varchar(100) not null,
    updated_at     timestamptz  not null
);
create index draft_by_event on draft (event_id, id);

create sequence draft_version_seq start with 1 increment by 50;
create table draft_version (
    id             bigint       primary key,
    draft_id       bigint       not null references draft (id) on delete cascade,
    number         integer      not null,
    status         varchar(10)  not null,
    -- the languages that have a text, the import's first
    languages      text[]       not null default '{}',
    change_note    jsonb        not null default '{}'::jsonb,
    article_count  integer      not null default 0,
    created_at     timestamptz  not null,
    published_at   timestamptz,
    constraint draft_version_unique unique (draft_id, number),
    constraint draft_version_number_positive check (number >= 1),
    constraint draft_version_status_known check (status in ('EDITING', 'PUBLISHED')),
    constraint draft_version_published_at check ((status = 'PUBLISHED') = (published_at is not null))
);
-- at most one version being edited per draft
create unique index draft_version_one_editing on draft_version (draft_id) where status = 'EDITING';

-- One structural unit of one language's text of a version, in document order. A version's text in one language is
-- one range of the primary key; the same key in two languages is the same unit.
create table draft_unit (
    version_id   bigint        not null references draft_version (id) on delete cascade,
    language     varchar(2)    not null,
    position     integer       not null,
    key          varchar(100)  not null,
    article_key  varchar(100),
    kind         varchar(10)   not null,
    number       varchar(100),
    heading      text,
    text         text          not null default '',
    depth        smallint      not null,
    revised_in   integer,
    primary key (version_id, language, position),
    constraint draft_unit_key_unique unique (version_id, key, language),
    constraint draft_unit_language_known check (language in ('kk', 'ru', 'en')),
    constraint draft_unit_kind_known check (kind in ('PART', 'CHAPTER', 'ARTICLE', 'PARAGRAPH', 'SUBPOINT', 'TEXT')),
    constraint draft_unit_key_form check (key ~ '^[a-z0-9]+(-[a-z0-9]+)*$')
);

-- The comparative table's own part: per changed unit of a version, the justification and the recommendations it
-- answers; previous and new wording come from the units themselves.
create table draft_table_row (
    version_id          bigint       not null references draft_version (id) on delete cascade,
    key                 varchar(100) not null,
    justification       jsonb        not null default '{}'::jsonb,
    recommendation_ids  jsonb        not null default '[]'::jsonb,
    updated_at          timestamptz  not null,
    updated_by          varchar(100) not null,
    primary key (version_id, key)
);
