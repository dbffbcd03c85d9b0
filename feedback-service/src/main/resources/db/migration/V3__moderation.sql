-- an event's moderation policy; an event without a row is post-moderated
create table moderation_policy (
    event_slug  varchar(100)  primary key,
    mode        varchar(4)    not null,
    updated_by  varchar(100)  not null,
    updated_at  timestamptz   not null,
    constraint moderation_policy_mode_known check (mode in ('PRE', 'POST'))
);

-- the last moderation decision and the flag counters, kept on the item so lists never count rows
alter table comment
    add column moderation_reason  varchar(20),
    add column moderation_note    varchar(500),
    add column moderated_by       varchar(100),
    add column moderated_at       timestamptz,
    add column flag_count         integer  not null default 0,
    add column open_flag_count    integer  not null default 0,
    add constraint comment_moderation_reason_known check (moderation_reason in
        ('SPAM', 'ABUSE', 'OFF_TOPIC', 'PERSONAL_DATA', 'ILLEGAL', 'DUPLICATE', 'OTHER')),
    add constraint comment_flags_counted check (open_flag_count >= 0 and flag_count >= open_flag_count);

alter table recommendation
    add column moderation_reason  varchar(20),
    add column moderation_note    varchar(500),
    add column moderated_by       varchar(100),
    add column moderated_at       timestamptz,
    add column flag_count         integer  not null default 0,
    add column open_flag_count    integer  not null default 0,
    add constraint recommendation_moderation_reason_known check (moderation_reason in
        ('SPAM', 'ABUSE', 'OFF_TOPIC', 'PERSONAL_DATA', 'ILLEGAL', 'DUPLICATE', 'OTHER')),
    add constraint recommendation_flags_counted check (open_flag_count >= 0 and flag_count >= open_flag_count);

-- the moderation queue walks these in (created_at, id) order
create index comment_pending on comment (created_at, id) where status = 'PENDING';
create index comment_flagged on comment (created_at, id) where open_flag_count > 0;
create index recommendation_pending on recommendation (created_at, id) where visibility = 'PENDING';
create index recommendation_flagged on recommendation (created_at, id) where open_flag_count > 0;

create sequence flag_seq start with 1 increment by 50;

create table flag (
    id               bigint        primary key,
    target_type      varchar(20)   not null,
    target_id        bigint        not null,
    flagger_subject  varchar(64)   not null,
    reason           varchar(20)   not null,
    note             varchar(500),
    created_at       timestamptz   not null,
    resolved_at      timestamptz,
    resolved_by      varchar(100),
    constraint flag_target_known check (target_type in ('COMMENT', 'RECOMMENDATION')),
    constraint flag_reason_known check (reason in ('SPAM', 'ABUSE', 'OFF_TOPIC', 'PERSONAL_DATA', 'ILLEGAL', 'OTHER')),
    constraint flag_once_per_person unique (target_type, target_id, flagger_subject)
);

create index flag_open on flag (target_type, target_id) where resolved_at is null;
