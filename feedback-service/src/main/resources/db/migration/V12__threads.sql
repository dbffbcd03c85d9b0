-- Threaded comment pages (GET /api/feedback/comments/threads): a page is the next top-level comments by keyset on
-- an index, their replies by thread in one read, and totals from counters, so page 1 and page 100 of a forum with
-- 850,000 comments cost the same few statements. A comment knows its thread (the top-level comment it hangs under;
-- its own id when it is one) and its depth; a top-level comment counts its listed replies.
alter table comment
    add column thread_id   bigint,
    add column depth       integer  not null default 0,
    add column reply_count integer  not null default 0,
    add constraint comment_reply_count_counted check (reply_count >= 0);

-- replies are found from their parent: for the backfill below, and for PostgreSQL's check of parent_id on delete
create index comment_by_parent on comment (parent_id) where parent_id is not null;

with recursive tree (id, thread_id, depth) as (
    select id, id, 0 from comment where parent_id is null
    union all
    select c.id, t.thread_id, t.depth + 1 from comment c join tree t on c.parent_id = t.id
)
update comment c set thread_id = t.thread_id, depth = t.depth from tree t where c.id = t.id;

update comment t set reply_count = r.replies
from (select thread_id, count(*) as replies from comment
      where parent_id is not null and status in ('PUBLISHED', 'HIDDEN', 'DELETED') group by thread_id) r
where t.id = r.thread_id;

alter table comment alter column thread_id set not null;

-- The service sets thread and depth of a reply from its parent; a top-level comment's thread is its own id, known
-- only once the row is written, and rows written by other means (bench loaders, psql) get both here.
create function comment_thread_of() returns trigger language plpgsql as $$
begin
    if new.thread_id is null then
        if new.parent_id is null then
            new.thread_id := new.id;
            new.depth := 0;
        else
            select p.thread_id, p.depth + 1 into new.thread_id, new.depth from comment p where p.id = new.parent_id;
        end if;
    end if;
    return new;
end
$$;

create trigger comment_thread_of before insert on comment for each row execute function comment_thread_of();

-- Keyset pages of listed top-level comments, per event and per cited statement or material, walked either way
-- (newest or oldest first) on the same index; the replies of a thread in the order they were written. Queries
-- spell the listed statuses as these literals, so PostgreSQL can prove the partial indexes apply.
create index comment_threads on comment (event_slug, created_at, id)
    where parent_id is null and status in ('PUBLISHED', 'HIDDEN', 'DELETED');
create index comment_threads_on_statement on comment (event_slug, statement_id, created_at, id)
    where parent_id is null and statement_id is not null and status in ('PUBLISHED', 'HIDDEN', 'DELETED');
create index comment_threads_on_material on comment (event_slug, material_id, created_at, id)
    where parent_id is null and material_id is not null and status in ('PUBLISHED', 'HIDDEN', 'DELETED');
create index comment_thread_replies on comment (thread_id, created_at, id)
    where parent_id is not null and status in ('PUBLISHED', 'HIDDEN', 'DELETED');

-- How many comments and threads a thread page lists per event (target EVENT, id 0) and per cited statement or
-- material (a reply counts where its thread's top-level comment is): only listed threads and their listed replies,
-- so the totals are what the pages can reach. Kept by the triggers below, never counted per request. Each key
-- has up to 8 rows (shards, picked by the writing connection) that readers add up, so comments arriving together
-- on one forum do not queue on one row lock.
create table comment_count (
    event_slug   varchar(100)  not null,
    target_type  varchar(10)   not null,
    target_id    bigint        not null,
    shard        smallint      not null,
    comments     bigint        not null default 0,
    threads      bigint        not null default 0,
    primary key (event_slug, target_type, target_id, shard),
    constraint comment_count_target_known check (target_type in ('EVENT', 'STATEMENT', 'MATERIAL'))
);

insert into comment_count (event_slug, target_type, target_id, shard, comments, threads)
select c.event_slug, t.target_type, t.target_id, 0, sum(1 + c.reply_count), count(*)
from comment c
cross join lateral (values ('EVENT', 0::bigint), ('STATEMENT', c.statement_id), ('MATERIAL', c.material_id))
    as t (target_type, target_id)
where c.parent_id is null and c.status in ('PUBLISHED', 'HIDDEN', 'DELETED') and t.target_id is not null
group by c.event_slug, t.target_type, t.target_id;

-- One comment whose listed-ness changed in a statement: was_listed and is_listed are 1 when listed before and after.
create type comment_change as (
    id            bigint,
    parent_id     bigint,
    thread_id     bigint,
    event_slug    varchar(100),
    statement_id  bigint,
    material_id   bigint,
    reply_count   integer,
    was_listed    integer,
    is_listed     integer
);

-- Applies one statement's changes: replies move their thread's reply_count (the UPDATE locks the thread's
-- top-level row and returns it as committed, so a reply and a moderation of its thread never count apart);
-- each touched thread then moves its key's totals by what it listed after minus what it listed before.
create function comment_counts_apply(changes comment_change[]) returns void language sql as $$
    with changed as (
        select * from unnest(changes)
    ),
    replies as (
        select thread_id, sum(is_listed - was_listed) as delta from changed where parent_id is not null group by thread_id
    ),
    counted as (
        update comment t set reply_count = t.reply_count + r.delta
        from replies r
        where t.id = r.thread_id and r.delta <> 0
        returning t.id, t.event_slug, t.statement_id, t.material_id, t.status, t.reply_count, r.delta
    ),
    threads as (
        select c.event_slug, c.statement_id, c.material_id, coalesce(k.reply_count, c.reply_count) as replies_after,
               coalesce(k.delta, 0) as replies_delta, c.was_listed, c.is_listed
        from changed c left join counted k on k.id = c.id
        where c.parent_id is null
        union all
        select k.event_slug, k.statement_id, k.material_id, k.reply_count, k.delta,
               (k.status in ('PUBLISHED', 'HIDDEN', 'DELETED'))::int, (k.status in ('PUBLISHED', 'HIDDEN', 'DELETED'))::int
        from counted k
        where not exists (select 1 from changed c where c.id = k.id and c.parent_id is null)
    ),
    deltas as (
        select event_slug, statement_id, material_id,
               is_listed * (1 + replies_after) - was_listed * (1 + replies_after - replies_delta) as comments,
               is_listed - was_listed as threads
        from threads
    )
    insert into comment_count as kept (event_slug, target_type, target_id, shard, comments, threads)
    select d.event_slug, t.target_type, t.target_id, (pg_backend_pid() % 8)::smallint, sum(d.comments), sum(d.threads)
    from deltas d
    cross join lateral (values ('EVENT', 0::bigint), ('STATEMENT', d.statement_id), ('MATERIAL', d.material_id))
        as t (target_type, target_id)
    where t.target_id is not null
    group by d.event_slug, t.target_type, t.target_id
    having sum(d.comments) <> 0 or sum(d.threads) <> 0
    order by d.event_slug, t.target_type, t.target_id
    on conflict (event_slug, target_type, target_id, shard) do update
    set comments = kept.comments + excluded.comments, threads = kept.threads + excluded.threads;
$$;

-- The counters follow every change of a comment's listed-ness wherever it happens (a new comment, moderation,
-- deletion by its author, erasure of an account, a bulk load), once per statement: a bulk load of thousands of
-- rows updates each counter once, not once per row.
create function comment_counts_follow() returns trigger language plpgsql as $$
declare
    changes comment_change[];
begin
    if tg_op = 'INSERT' then
        select array_agg(row(n.id, n.parent_id, n.thread_id, n.event_slug, n.statement_id, n.material_id,
                             n.reply_count, 0, 1)::comment_change)
        into changes
        from new_rows n
        where n.status in ('PUBLISHED', 'HIDDEN', 'DELETED');
    elsif tg_op = 'DELETE' then
        select array_agg(row(o.id, o.parent_id, o.thread_id, o.event_slug, o.statement_id, o.material_id,
                             o.reply_count, 1, 0)::comment_change)
        into changes
        from old_rows o
        where o.status in ('PUBLISHED', 'HIDDEN', 'DELETED');
    else
        select array_agg(row(n.id, n.parent_id, n.thread_id, n.event_slug, n.statement_id, n.material_id,
                             n.reply_count, (o.status in ('PUBLISHED', 'HIDDEN', 'DELETED'))::int,
                             (n.status in ('PUBLISHED', 'HIDDEN', 'DELETED'))::int)::comment_change)
        into changes
        from new_rows n join old_rows o on o.id = n.id
        where (o.status in ('PUBLISHED', 'HIDDEN', 'DELETED')) <> (n.status in ('PUBLISHED', 'HIDDEN', 'DELETED'));
    end if;
    if changes is not null then
        perform comment_counts_apply(changes);
    end if;
    return null;
end
$$;

create trigger comment_counts_inserted after insert on comment
    referencing new table as new_rows for each statement execute function comment_counts_follow();
create trigger comment_counts_updated after update on comment
    referencing old table as old_rows new table as new_rows for each statement execute function comment_counts_follow();
create trigger comment_counts_deleted after delete on comment
    referencing old table as old_rows for each statement execute function comment_counts_follow();
