-- How many recommendations the public lists on each event (published, or hidden and shown without their text), kept
-- by a trigger as recommendations are written, moderated or deleted, so a forum page reads a few rows instead of
-- counting every recommendation of the event (85,000 on the busiest forum of the 5M-comment data set, ~13 ms of
-- PostgreSQL per page). Eight shards per event, chosen by the writing backend, so concurrent writers on one busy
-- event do not queue on one row; readers add them up.
create table recommendation_count (
    event_slug  varchar(100)  not null,
    shard       smallint      not null,
    listed      bigint        not null default 0,
    primary key (event_slug, shard)
);

insert into recommendation_count (event_slug, shard, listed)
select event_slug, 0, count(*) from recommendation where visibility in ('PUBLISHED', 'HIDDEN') group by event_slug;

create function recommendation_count_follow() returns trigger language plpgsql as $$
declare
    was_listed boolean := tg_op in ('UPDATE', 'DELETE') and old.visibility in ('PUBLISHED', 'HIDDEN');
    is_listed  boolean := tg_op in ('INSERT', 'UPDATE') and new.visibility in ('PUBLISHED', 'HIDDEN');
    own_shard  smallint := (pg_backend_pid() % 8)::smallint;
begin
    if was_listed and is_listed and old.event_slug = new.event_slug then
        return null;
    end if;
    if was_listed then
        insert into recommendation_count as kept (event_slug, shard, listed) values (old.event_slug, own_shard, -1)
        on conflict (event_slug, shard) do update set listed = kept.listed - 1;
    end if;
    if is_listed then
        insert into recommendation_count as kept (event_slug, shard, listed) values (new.event_slug, own_shard, 1)
        on conflict (event_slug, shard) do update set listed = kept.listed + 1;
    end if;
    return null;
end
$$;

create trigger recommendation_count_follow
    after insert or update of visibility, event_slug or delete on recommendation
    for each row execute function recommendation_count_follow();
