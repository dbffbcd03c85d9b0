-- staff-only notes on a recommendation under review; never part of a public answer
create sequence review_note_seq start with 1 increment by 50;

create table review_note (
    id                 bigint        primary key,
    recommendation_id  bigint        not null references recommendation (id),
    author_name        varchar(100)  not null,
    text               text          not null,
    created_at         timestamptz   not null
);

create index review_note_by_recommendation on review_note (recommendation_id, created_at, id);

-- the review queue walks published recommendations oldest first
create index recommendation_review_queue on recommendation (created_at, id) where visibility = 'PUBLISHED';
create index recommendation_by_assignee on recommendation (assigned_to, created_at, id) where assigned_to is not null;
