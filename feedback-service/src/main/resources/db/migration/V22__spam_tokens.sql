-- The spam score's Naive Bayes model, one per forum, learnt from its moderators' decisions (issue 14): how often each
-- word appeared in items decided as spam (hidden or rejected for SPAM or ABUSE) and as ham (published and kept).
-- Updated at each decision, so training is incremental; the rows grow with the forum's vocabulary, not its items.
create table spam_token (
    event_slug  varchar(100)  not null,
    token       varchar(40)   not null,
    spam        integer       not null default 0,
    ham         integer       not null default 0,
    primary key (event_slug, token)
);

-- Totals of a forum's model: decided items and word occurrences per class, and the distinct words seen.
create table spam_model (
    event_slug   varchar(100)  primary key,
    spam_items   integer       not null default 0,
    ham_items    integer       not null default 0,
    spam_tokens  bigint        not null default 0,
    ham_tokens   bigint        not null default 0,
    vocabulary   integer       not null default 0
);

-- What each item last taught the model ('S' spam, 'H' ham), so a reversed decision unlearns the earlier one.
create table spam_lesson (
    item_type   varchar(16)  not null,
    item_id     bigint       not null,
    event_slug  varchar(100) not null,
    label       char(1)      not null,
    primary key (item_type, item_id),
    constraint spam_lesson_label_known check (label in ('S', 'H'))
);
