-- what a citizen is told about staff decisions on their items, listed in "My feedback"
create sequence notification_seq start with 1 increment by 50;

create table notification (
    id                 bigint        primary key,
    recipient_subject  varchar(64)   not null,
    kind               varchar(20)   not null,
    target_type        varchar(20)   not null,
    target_id          bigint        not null,
    event_slug         varchar(100)  not null,
    -- the visibility (MODERATED) or review status (STATUS_CHANGED, ANSWERED) the item was left in
    outcome            varchar(20)   not null,
    reason             varchar(20),
    note               varchar(500),
    created_at         timestamptz   not null,
    read_at            timestamptz,
    constraint notification_kind_known check (kind in ('MODERATED', 'STATUS_CHANGED', 'ANSWERED')),
    constraint notification_target_known check (target_type in ('COMMENT', 'RECOMMENDATION'))
);

create index notification_by_recipient on notification (recipient_subject, created_at desc, id desc);
create index notification_unread on notification (recipient_subject) where read_at is null;
