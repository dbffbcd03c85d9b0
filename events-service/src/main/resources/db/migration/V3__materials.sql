-- Documents, presentations, transcripts and links published with an event, each with its full version history.
-- Files live in PostgreSQL (bytea) so that a material and its history commit with the rest of the event and are backed up with it.

create sequence material_seq start with 1 increment by 50;
create table material (
    id               bigint       primary key,
    event_id         bigint       not null references event (id) on delete cascade,
    kind             varchar(20)  not null,
    title            jsonb        not null,
    language         varchar(2)   not null,
    current_version  integer      not null,
    sort_order       integer      not null,
    created_at       timestamptz  not null,
    updated_at       timestamptz  not null,
    removed_at       timestamptz,
    constraint material_kind_known check (kind in ('DOCUMENT', 'PRESENTATION', 'TRANSCRIPT', 'PRESS_RELEASE',
                                                   'RESOLUTION', 'VIDEO')),
    constraint material_language_known check (language in ('kk', 'ru', 'en')),
    constraint material_version_positive check (current_version >= 1)
);
create index material_by_event on material (event_id, sort_order, id) where removed_at is null;

create sequence material_version_seq start with 1 increment by 50;
create table material_version (
    id           bigint         primary key,
    material_id  bigint         not null references material (id) on delete cascade,
    version      integer        not null,
    change_note  text,
    file_name    varchar(255),
    media_type   varchar(100),
    size_bytes   bigint,
    sha256       char(64),
    content      bytea,
    link_url     varchar(2000),
    created_at   timestamptz    not null,
    created_by   varchar(100)   not null,
    constraint material_version_unique unique (material_id, version),
    constraint material_version_file_or_link check ((content is null) <> (link_url is null)),
    constraint material_version_file_described check (content is null or (file_name is not null
        and media_type is not null and size_bytes = octet_length(content) and sha256 is not null)),
    constraint material_version_note_length check (change_note is null or char_length(change_note) <= 500)
);
