-- Comments and recommendations on a passage of a draft document (events-service's /api/events/{slug}/drafts): the
-- draft, the version the citizen read, the unit's key (article-12-p-3) and its article's key (article-12), and the
-- words quoted from it; a recommendation may also propose a new wording. All null when an item is not about a draft;
-- a draft without a passage is an item on the whole draft. Replies carry their thread's passage (the service copies
-- it from the parent), so a passage's and an article's threads are found by their top-level comments.
alter table comment
    add column draft_id       bigint,
    add column draft_version  integer,
    add column passage_key    varchar(100),
    add column article_key    varchar(100),
    add column quote          varchar(1000),
    -- existing rows have none of these: not valid skips re-reading them, new rows are checked
    add constraint comment_passage_of_draft check (draft_id is not null
        or (draft_version is null and passage_key is null and article_key is null and quote is null)) not valid;

alter table recommendation
    add column draft_id          bigint,
    add column draft_version     integer,
    add column passage_key       varchar(100),
    add column article_key       varchar(100),
    add column quote             varchar(1000),
    add column proposed_wording  varchar(5000),
    add constraint recommendation_passage_of_draft check (draft_id is not null
        or (draft_version is null and passage_key is null and article_key is null and quote is null)) not valid,
    add constraint recommendation_wording_on_passage check (proposed_wording is null or passage_key is not null) not valid;

-- Keyset pages of one draft's, one article's or one passage's listed threads, as V12's comment_threads_on_statement
-- does for a statement: a page is one bounded index range scan however many comments the draft has (200,000 spread
-- over 300 articles in docs/benchmarks.md). Queries spell the listed statuses as these literals.
create index comment_threads_on_draft on comment (event_slug, draft_id, created_at, id)
    where parent_id is null and draft_id is not null and status in ('PUBLISHED', 'HIDDEN', 'DELETED');
create index comment_threads_on_article on comment (event_slug, draft_id, article_key, created_at, id)
    where parent_id is null and article_key is not null and status in ('PUBLISHED', 'HIDDEN', 'DELETED');
create index comment_threads_on_passage on comment (event_slug, draft_id, passage_key, created_at, id)
    where parent_id is null and passage_key is not null and status in ('PUBLISHED', 'HIDDEN', 'DELETED');

-- The recommendations list on a draft, an article or a passage, newest first, as V14's recommendation_newest does
-- for a whole event: read in order, the few unlisted rows skipped.
create index recommendation_newest_on_draft on recommendation (event_slug, draft_id, created_at desc, id desc)
    where draft_id is not null;
create index recommendation_newest_on_article on recommendation (event_slug, draft_id, article_key, created_at desc, id desc)
    where article_key is not null;
create index recommendation_newest_on_passage on recommendation (event_slug, draft_id, passage_key, created_at desc, id desc)
    where passage_key is not null;

-- How many listed comments (replies included) and threads, and listed recommendations, each passage of a draft has
-- (passage '' for items on the whole draft): what the draft page's table of contents shows per article, and the
-- totals of a passage's or an article's pages. Listed as in V13: published, or hidden and shown in place without
-- their text; a comment its author deleted, or one rejected, leaves the count. Kept by the triggers below as items are
-- written, moderated, deleted or erased, never counted per request, so the draft page reads these rows (a few per
-- passage) and never the comments. Eight shards per passage, chosen by the writing backend, as in V13.
create table draft_passage_count (
    event_slug       varchar(100)  not null,
    draft_id         bigint        not null,
    passage_key      varchar(100)  not null,
    shard            smallint      not null,
    -- the same for every row of a passage: its key names its article (article-12-p-3 is in article-12)
    article_key      varchar(100),
    comments         bigint        not null default 0,
    threads          bigint        not null default 0,
    recommendations  bigint        not null default 0,
    primary key (event_slug, draft_id, passage_key, shard)
);

create index draft_passage_count_by_article on draft_passage_count (event_slug, draft_id, article_key)
    where article_key is not null;

-- Moves the counters of one comment or recommendation (the row as jsonb) by sign (+1 or -1).
create function draft_passage_count_move(item jsonb, sign integer, kind text) returns void language sql as $$
    insert into draft_passage_count as kept
        (event_slug, draft_id, passage_key, shard, article_key, comments, threads, recommendations)
    values (item ->> 'event_slug', (item ->> 'draft_id')::bigint, coalesce(item ->> 'passage_key', ''),
            (pg_backend_pid() % 8)::smallint, item ->> 'article_key',
            case when kind = 'comment' then sign else 0 end,
            case when kind = 'comment' and item ->> 'parent_id' is null then sign else 0 end,
            case when kind = 'recommendation' then sign else 0 end)
    on conflict (event_slug, draft_id, passage_key, shard) do update
    set comments = kept.comments + excluded.comments, threads = kept.threads + excluded.threads,
        recommendations = kept.recommendations + excluded.recommendations;
$$;

-- One function for both tables: tg_argv[0] names the column that says whether the public lists the item (a comment's
-- status, a recommendation's visibility). The rows are read as jsonb, so one body serves both row types.
create function draft_passage_count_follow() returns trigger language plpgsql as $$
declare
    before     jsonb := case when tg_op <> 'INSERT' then to_jsonb(old) end;
    after      jsonb := case when tg_op <> 'DELETE' then to_jsonb(new) end;
    was_listed boolean := coalesce(before ->> 'draft_id' is not null and before ->> tg_argv[0] in ('PUBLISHED', 'HIDDEN'), false);
    is_listed  boolean := coalesce(after ->> 'draft_id' is not null and after ->> tg_argv[0] in ('PUBLISHED', 'HIDDEN'), false);
begin
    if was_listed and is_listed and before -> 'event_slug' = after -> 'event_slug'
            and before -> 'draft_id' = after -> 'draft_id' and before -> 'passage_key' = after -> 'passage_key' then
        return null;
    end if;
    if was_listed then
        perform draft_passage_count_move(before, -1, tg_table_name);
    end if;
    if is_listed then
        perform draft_passage_count_move(after, 1, tg_table_name);
    end if;
    return null;
end
$$;

-- Moved at commit, as V15 does for recommendation_count, so an open transaction holds no counter row; only rows about
-- a draft fire them, so other comments and recommendations are written as before.
create constraint trigger draft_passage_count_comment_inserted
    after insert on comment deferrable initially deferred
    for each row when (new.draft_id is not null) execute function draft_passage_count_follow('status');
create constraint trigger draft_passage_count_comment_updated
    after update of status, draft_id, passage_key, event_slug on comment deferrable initially deferred
    for each row when (old.draft_id is not null or new.draft_id is not null)
    execute function draft_passage_count_follow('status');
create constraint trigger draft_passage_count_comment_deleted
    after delete on comment deferrable initially deferred
    for each row when (old.draft_id is not null) execute function draft_passage_count_follow('status');

create constraint trigger draft_passage_count_recommendation_inserted
    after insert on recommendation deferrable initially deferred
    for each row when (new.draft_id is not null) execute function draft_passage_count_follow('visibility');
create constraint trigger draft_passage_count_recommendation_updated
    after update of visibility, draft_id, passage_key, event_slug on recommendation deferrable initially deferred
    for each row when (old.draft_id is not null or new.draft_id is not null)
    execute function draft_passage_count_follow('visibility');
create constraint trigger draft_passage_count_recommendation_deleted
    after delete on recommendation deferrable initially deferred
    for each row when (old.draft_id is not null) execute function draft_passage_count_follow('visibility');
