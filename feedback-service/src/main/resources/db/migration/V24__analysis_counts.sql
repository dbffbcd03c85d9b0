-- The analysis dashboard (GET /api/feedback/analysis/{slug}/dashboard) from counters kept by the database (issue 14):
-- it counted every listed item of the forum and its analysis state per request, 1.5 s on a 100,819-comment forum
-- (docs/benchmarks.md). Now it reads at most 48 counter rows and eight per theme, whatever the forum holds. What is
-- counted is what that query counted:
--   listed:         a comment PUBLISHED or HIDDEN, a recommendation whose visibility is PUBLISHED or HIDDEN;
--   confirmed:      the item has an item_theme row with suggested = false; suggested: one with suggested = true;
--   no theme:       item_analysis.no_theme;
--   per (forum, source, language): total = listed; analysed = listed and (confirmed or no theme); no_theme = listed
--   and no theme; suggested_only = listed and suggested and neither confirmed nor no theme;
--   per theme: its item_theme rows, confirmed and suggested, whatever state their items are in.
-- The service writes an item's tags and analysis with the item's own forum (event_slug) and no forum's items change
-- forum, so the counters key an item's state by the item alone.

-- What the counters know of one item's analysis: how many confirmed and suggested tags it has and whether it is
-- marked as having no theme. The tag triggers move the tag counts by one per item_theme row written or removed,
-- which adds up right whatever one statement does (an insert ... on conflict that inserts some tags and confirms
-- others, a merge moving tags between themes); the item_analysis triggers copy no_theme. A change of this row is the
-- only way an item's analysis state changes, so two transactions tagging and marking one item queue on it.
create table item_analysis_state (
    item_type   varchar(16)   not null,
    item_id     bigint        not null,
    event_slug  varchar(100)  not null,
    confirmed   integer       not null default 0,
    suggested   integer       not null default 0,
    no_theme    boolean       not null default false,
    primary key (item_type, item_id)
);

-- The forum's listed items and their analysis, per source (COMMENT, RECOMMENDATION) and language. Eight shards per
-- key, chosen by the writing backend as in V12's comment_count, so comments arriving together on one forum do not
-- queue on one row; readers add them up.
create table analysis_count (
    event_slug      varchar(100)  not null,
    item_type       varchar(16)   not null,
    language        varchar(2)    not null,
    shard           smallint      not null,
    total           bigint        not null default 0,
    analysed        bigint        not null default 0,
    no_theme        bigint        not null default 0,
    suggested_only  bigint        not null default 0,
    primary key (event_slug, item_type, language, shard)
);

-- Each theme's item_theme rows, confirmed and suggested, in eight shards. No foreign key: a deleted theme's rows
-- (its tags go with it by cascade, taking its counts to zero) are never read, since readers start from theme.
create table theme_tag_count (
    theme_id   bigint    not null,
    shard      smallint  not null,
    confirmed  bigint    not null default 0,
    suggested  bigint    not null default 0,
    primary key (theme_id, shard)
);

-- One listed item entering (sign 1) or leaving (sign -1) its forum's counters, in the analysis state it has there.
create type analysis_change as (
    event_slug  varchar(100),
    item_type   varchar(16),
    language    varchar(2),
    sign        integer,
    confirmed   boolean,
    suggested   boolean,
    no_theme    boolean
);

create function analysis_count_apply(changes analysis_change[]) returns void language plpgsql as $$
begin
    insert into analysis_count as kept (event_slug, item_type, language, shard, total, analysed, no_theme, suggested_only)
    select m.event_slug, m.item_type, m.language, (pg_backend_pid() % 8)::smallint, sum(m.total), sum(m.analysed),
           sum(m.no_theme), sum(m.suggested_only)
    from (select c.event_slug, c.item_type, c.language, c.sign as total,
                 c.sign * (c.confirmed or c.no_theme)::int as analysed, c.sign * c.no_theme::int as no_theme,
                 c.sign * (c.suggested and not c.confirmed and not c.no_theme)::int as suggested_only
          from unnest(changes) c) m
    group by m.event_slug, m.item_type, m.language
    having sum(m.total) <> 0 or sum(m.analysed) <> 0 or sum(m.no_theme) <> 0 or sum(m.suggested_only) <> 0
    order by m.event_slug, m.item_type, m.language
    on conflict (event_slug, item_type, language, shard) do update
    set total = kept.total + excluded.total, analysed = kept.analysed + excluded.analysed,
        no_theme = kept.no_theme + excluded.no_theme, suggested_only = kept.suggested_only + excluded.suggested_only;
end
$$;

-- A comment or recommendation as its triggers see it: its forum, its language, whether it is listed.
create type analysis_item as (
    id          bigint,
    event_slug  varchar(100),
    language    varchar(2),
    listed      boolean
);

-- Items of one source (COMMENT, RECOMMENDATION) that a statement wrote, changed or removed: each listed one leaves the
-- counters as it was (before) and enters them as it is (after), in the analysis state it has. The statement changed
-- the item only, never its tags or mark, so that state is the same before and after.
create function analysis_count_items(source varchar, before analysis_item[], after analysis_item[])
returns void language plpgsql as $$
declare
    changes analysis_change[];
begin
    changes := array(
        select row(i.event_slug, source, i.language, i.sign, coalesce(s.confirmed > 0, false),
                   coalesce(s.suggested > 0, false), coalesce(s.no_theme, false))::analysis_change
        from (select b.id, b.event_slug, b.language, -1 as sign from unnest(before) b where b.listed
              union all
              select a.id, a.event_slug, a.language, 1 from unnest(after) a where a.listed) i
        left join item_analysis_state s on s.item_type = source and s.item_id = i.id);
    if cardinality(changes) > 0 then
        perform analysis_count_apply(changes);
    end if;
end
$$;

-- Comments: the counters follow every change of a comment's listing, forum or language wherever it happens (a new
-- comment, moderation, deletion by its author, erasure of an account, an edit sent back to moderation, a bulk load),
-- once per statement. A new comment costs one lookup of its (absent) analysis state and one counter upsert.
create function analysis_count_comments_follow() returns trigger language plpgsql as $$
declare
    before analysis_item[];
    after  analysis_item[];
begin
    if tg_op = 'INSERT' then
        after := array(select row(n.id, n.event_slug, n.language, n.status in ('PUBLISHED', 'HIDDEN'))::analysis_item
                       from new_rows n);
    elsif tg_op = 'DELETE' then
        before := array(select row(o.id, o.event_slug, o.language, o.status in ('PUBLISHED', 'HIDDEN'))::analysis_item
                        from old_rows o);
    else
        select array_agg(row(o.id, o.event_slug, o.language, o.status in ('PUBLISHED', 'HIDDEN'))::analysis_item),
               array_agg(row(n.id, n.event_slug, n.language, n.status in ('PUBLISHED', 'HIDDEN'))::analysis_item)
        into before, after
        from old_rows o join new_rows n on n.id = o.id
        where (o.status in ('PUBLISHED', 'HIDDEN')) <> (n.status in ('PUBLISHED', 'HIDDEN'))
           or o.event_slug <> n.event_slug or o.language <> n.language;
    end if;
    perform analysis_count_items('COMMENT', before, after);
    return null;
end
$$;

-- Recommendations, the same with their visibility, for changes and deletions.
create function analysis_count_recommendations_follow() returns trigger language plpgsql as $$
declare
    before analysis_item[];
    after  analysis_item[];
begin
    if tg_op = 'DELETE' then
        before := array(select row(o.id, o.event_slug, o.language, o.visibility in ('PUBLISHED', 'HIDDEN'))::analysis_item
                        from old_rows o);
    else
        select array_agg(row(o.id, o.event_slug, o.language, o.visibility in ('PUBLISHED', 'HIDDEN'))::analysis_item),
               array_agg(row(n.id, n.event_slug, n.language, n.visibility in ('PUBLISHED', 'HIDDEN'))::analysis_item)
        into before, after
        from old_rows o join new_rows n on n.id = o.id
        where (o.visibility in ('PUBLISHED', 'HIDDEN')) <> (n.visibility in ('PUBLISHED', 'HIDDEN'))
           or o.event_slug <> n.event_slug or o.language <> n.language;
    end if;
    perform analysis_count_items('RECOMMENDATION', before, after);
    return null;
end
$$;

-- A new recommendation is counted at commit, as V15 does for recommendation_count: a transaction that has written one
-- holds no counter row while it stays open (RecommendationGroupTest holds eight open on one event at once). Nothing
-- tags a recommendation in the transaction that writes it, so at commit it is still untagged and unmarked.
create function analysis_count_recommendation_inserted() returns trigger language plpgsql as $$
begin
    perform analysis_count_items('RECOMMENDATION', null,
            array[row(new.id, new.event_slug, new.language, new.visibility in ('PUBLISHED', 'HIDDEN'))::analysis_item]);
    return null;
end
$$;

-- One item_theme row a statement wrote (sign 1) or removed (sign -1); an update is its old row removed and its new
-- row written.
create type tag_change as (
    item_type   varchar(16),
    item_id     bigint,
    theme_id    bigint,
    event_slug  varchar(100),
    sign        integer,
    suggested   boolean
);

-- Tags move their theme's counts and their item's tag counts, each key once per statement and in key order, so a bulk
-- tagging of 1,000 items with one theme moves one counter row of the theme and each item's state row once.
create function item_theme_counts_follow() returns trigger language plpgsql as $$
declare
    changes tag_change[];
begin
    if tg_op = 'INSERT' then
        changes := array(select row(n.item_type, n.item_id, n.theme_id, n.event_slug, 1, n.suggested)::tag_change
                         from new_rows n);
    elsif tg_op = 'DELETE' then
        changes := array(select row(o.item_type, o.item_id, o.theme_id, o.event_slug, -1, o.suggested)::tag_change
                         from old_rows o);
    else
        changes := array(select row(o.item_type, o.item_id, o.theme_id, o.event_slug, -1, o.suggested)::tag_change
                         from old_rows o
                         union all
                         select row(n.item_type, n.item_id, n.theme_id, n.event_slug, 1, n.suggested)::tag_change
                         from new_rows n);
    end if;
    insert into theme_tag_count as kept (theme_id, shard, confirmed, suggested)
    select c.theme_id, (pg_backend_pid() % 8)::smallint, sum(c.sign * (not c.suggested)::int), sum(c.sign * c.suggested::int)
    from unnest(changes) c
    group by c.theme_id
    having sum(c.sign * (not c.suggested)::int) <> 0 or sum(c.sign * c.suggested::int) <> 0
    order by c.theme_id
    on conflict (theme_id, shard) do update
    set confirmed = kept.confirmed + excluded.confirmed, suggested = kept.suggested + excluded.suggested;
    insert into item_analysis_state as kept (item_type, item_id, event_slug, confirmed, suggested)
    select c.item_type, c.item_id, min(c.event_slug), sum(c.sign * (not c.suggested)::int), sum(c.sign * c.suggested::int)
    from unnest(changes) c
    group by c.item_type, c.item_id
    having sum(c.sign * (not c.suggested)::int) <> 0 or sum(c.sign * c.suggested::int) <> 0
    order by c.item_type, c.item_id
    on conflict (item_type, item_id) do update
    set confirmed = kept.confirmed + excluded.confirmed, suggested = kept.suggested + excluded.suggested;
    return null;
end
$$;

-- The no-theme mark: copied into the item's state when a statement sets, clears or removes it.
create function item_analysis_counts_follow() returns trigger language plpgsql as $$
declare
    marked item_analysis[];
begin
    if tg_op = 'INSERT' then
        marked := array(select n from new_rows n where n.no_theme);
    elsif tg_op = 'DELETE' then
        marked := array(select o from old_rows o where o.no_theme);
    else
        marked := array(select n from old_rows o join new_rows n on n.item_type = o.item_type and n.item_id = o.item_id
                        where n.no_theme <> o.no_theme);
    end if;
    insert into item_analysis_state as kept (item_type, item_id, event_slug, no_theme)
    select m.item_type, m.item_id, m.event_slug, m.no_theme and tg_op <> 'DELETE'
    from unnest(marked) m
    order by m.item_type, m.item_id
    on conflict (item_type, item_id) do update set no_theme = excluded.no_theme
    where kept.no_theme <> excluded.no_theme;
    return null;
end
$$;

-- An item's analysis state as the counters see it.
create type analysis_state as (
    item_type   varchar(16),
    item_id     bigint,
    confirmed   boolean,
    suggested   boolean,
    no_theme    boolean
);

-- A changed analysis state moves the counters of its item if the item is listed: out as it was, in as it is. The items
-- are read FOR SHARE, in id order, so a moderation of the same item waits for this transaction or this one for it
-- (and then reads the item as moderated); the item triggers above read the state without a lock, which is then
-- the committed one. Either way each change is counted against the other's outcome, and none is lost.
create function analysis_state_follow() returns trigger language plpgsql as $$
declare
    before  analysis_state[];
    after   analysis_state[];
    changes analysis_change[];
begin
    if tg_op <> 'INSERT' then
        before := array(select row(o.item_type, o.item_id, o.confirmed > 0, o.suggested > 0, o.no_theme)::analysis_state
                        from old_rows o);
    end if;
    if tg_op <> 'DELETE' then
        after := array(select row(n.item_type, n.item_id, n.confirmed > 0, n.suggested > 0, n.no_theme)::analysis_state
                       from new_rows n);
    end if;
    changes := array(
        with changed as (
            select coalesce(a.item_type, b.item_type) as item_type, coalesce(a.item_id, b.item_id) as item_id,
                   coalesce(b.confirmed, false) as was_confirmed, coalesce(b.suggested, false) as was_suggested,
                   coalesce(b.no_theme, false) as was_no_theme, coalesce(a.confirmed, false) as is_confirmed,
                   coalesce(a.suggested, false) as is_suggested, coalesce(a.no_theme, false) as is_no_theme
            from unnest(before) b full join unnest(after) a on a.item_type = b.item_type and a.item_id = b.item_id),
        moved as (
            select * from changed
            where (was_confirmed, was_suggested, was_no_theme) <> (is_confirmed, is_suggested, is_no_theme)),
        -- locked whatever their status, so one being published or rejected meanwhile is waited for
        comments as (
            select c.id, c.event_slug, c.language, c.status in ('PUBLISHED', 'HIDDEN') as listed from comment c
            where c.id in (select item_id from moved where item_type = 'COMMENT')
            order by c.id for share),
        recommendations as (
            select r.id, r.event_slug, r.language, r.visibility in ('PUBLISHED', 'HIDDEN') as listed from recommendation r
            where r.id in (select item_id from moved where item_type = 'RECOMMENDATION')
            order by r.id for share),
        items as (
            select 'COMMENT' as item_type, c.* from comments c
            union all
            select 'RECOMMENDATION', r.* from recommendations r)
        select row(i.event_slug, m.item_type, i.language, s.sign, s.confirmed, s.suggested, s.no_theme)::analysis_change
        from moved m
        join items i on i.item_type = m.item_type and i.id = m.item_id and i.listed
        cross join lateral (values (-1, m.was_confirmed, m.was_suggested, m.was_no_theme),
                                   (1, m.is_confirmed, m.is_suggested, m.is_no_theme)) as s (sign, confirmed, suggested, no_theme));
    if cardinality(changes) > 0 then
        perform analysis_count_apply(changes);
    end if;
    return null;
end
$$;

-- Recounts the counters of one forum (or of all, forum null) from the items, tags and marks: the backfill below, and
-- a repair should the counters ever be doubted (`select analysis_counts_rebuild('slug')`). Meant for a quiet forum:
-- writes on it while it runs may be counted twice or not at all.
create function analysis_counts_rebuild(forum varchar) returns void language plpgsql as $$
begin
    delete from item_analysis_state where forum is null or event_slug = forum;
    insert into item_analysis_state (item_type, item_id, event_slug, confirmed, suggested, no_theme)
    select coalesce(t.item_type, a.item_type), coalesce(t.item_id, a.item_id), coalesce(t.event_slug, a.event_slug),
           coalesce(t.confirmed, 0), coalesce(t.suggested, 0), coalesce(a.no_theme, false)
    from (select item_type, item_id, min(event_slug) as event_slug, count(*) filter (where not suggested) as confirmed,
                 count(*) filter (where suggested) as suggested
          from item_theme where forum is null or event_slug = forum
          group by item_type, item_id) t
    full join (select item_type, item_id, event_slug, no_theme from item_analysis
               where no_theme and (forum is null or event_slug = forum)) a
        on a.item_type = t.item_type and a.item_id = t.item_id;

    delete from analysis_count where forum is null or event_slug = forum;
    insert into analysis_count (event_slug, item_type, language, shard, total, analysed, no_theme, suggested_only)
    select i.event_slug, i.item_type, i.language, 0, count(*),
           count(*) filter (where s.confirmed > 0 or s.no_theme), count(*) filter (where s.no_theme),
           count(*) filter (where s.suggested > 0 and s.confirmed = 0 and not s.no_theme)
    from (select 'COMMENT' as item_type, c.id, c.event_slug, c.language from comment c
          where (forum is null or c.event_slug = forum) and c.status in ('PUBLISHED', 'HIDDEN')
          union all
          select 'RECOMMENDATION', r.id, r.event_slug, r.language from recommendation r
          where (forum is null or r.event_slug = forum) and r.visibility in ('PUBLISHED', 'HIDDEN')) i
    left join item_analysis_state s on s.item_type = i.item_type and s.item_id = i.id
    group by i.event_slug, i.item_type, i.language;

    delete from theme_tag_count k
    where forum is null or k.theme_id in (select t.id from theme t where t.event_slug = forum);
    insert into theme_tag_count (theme_id, shard, confirmed, suggested)
    select i.theme_id, 0, count(*) filter (where not i.suggested), count(*) filter (where i.suggested)
    from item_theme i join theme t on t.id = i.theme_id
    where forum is null or t.event_slug = forum
    group by i.theme_id;
end
$$;

-- The backfill: one set-based pass over each table, before the triggers exist.
select analysis_counts_rebuild(null);

create trigger analysis_count_comments_inserted after insert on comment
    referencing new table as new_rows for each statement execute function analysis_count_comments_follow();
create trigger analysis_count_comments_updated after update on comment
    referencing old table as old_rows new table as new_rows for each statement execute function analysis_count_comments_follow();
create trigger analysis_count_comments_deleted after delete on comment
    referencing old table as old_rows for each statement execute function analysis_count_comments_follow();

create constraint trigger analysis_count_recommendations_inserted
    after insert on recommendation deferrable initially deferred
    for each row execute function analysis_count_recommendation_inserted();
create trigger analysis_count_recommendations_updated after update on recommendation
    referencing old table as old_rows new table as new_rows
    for each statement execute function analysis_count_recommendations_follow();
create trigger analysis_count_recommendations_deleted after delete on recommendation
    referencing old table as old_rows for each statement execute function analysis_count_recommendations_follow();

create trigger item_theme_counts_inserted after insert on item_theme
    referencing new table as new_rows for each statement execute function item_theme_counts_follow();
create trigger item_theme_counts_updated after update on item_theme
    referencing old table as old_rows new table as new_rows for each statement execute function item_theme_counts_follow();
create trigger item_theme_counts_deleted after delete on item_theme
    referencing old table as old_rows for each statement execute function item_theme_counts_follow();

create trigger item_analysis_counts_inserted after insert on item_analysis
    referencing new table as new_rows for each statement execute function item_analysis_counts_follow();
create trigger item_analysis_counts_updated after update on item_analysis
    referencing old table as old_rows new table as new_rows for each statement execute function item_analysis_counts_follow();
create trigger item_analysis_counts_deleted after delete on item_analysis
    referencing old table as old_rows for each statement execute function item_analysis_counts_follow();

create trigger analysis_state_inserted after insert on item_analysis_state
    referencing new table as new_rows for each statement execute function analysis_state_follow();
create trigger analysis_state_updated after update on item_analysis_state
    referencing old table as old_rows new table as new_rows for each statement execute function analysis_state_follow();
create trigger analysis_state_deleted after delete on item_analysis_state
    referencing old table as old_rows for each statement execute function analysis_state_follow();
