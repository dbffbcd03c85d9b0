-- near-duplicate groups: similar recommendations on one event, so a mass campaign shows as one group with a count
create table recommendation_group (
    id                 bigint        generated always as identity primary key,
    event_slug         varchar(100)  not null,
    -- the recommendation that started the group; null only if that row was ever deleted outright
    representative_id  bigint        references recommendation (id) on delete set null,
    -- members that are not rejected or deleted; kept by the trigger below, never counted per request
    member_count       integer       not null default 0,
    created_at         timestamptz   not null,
    constraint recommendation_group_counted check (member_count >= 0)
);

create index recommendation_group_largest on recommendation_group (event_slug, member_count desc, id desc);

alter table recommendation add column group_id bigint references recommendation_group (id);

create index recommendation_by_group on recommendation (group_id, id);

-- the text compared when a new recommendation looks for its group; queries must spell the expression the same way
create index recommendation_text_trgm on recommendation
    using gin ((title || ' ' || left(body, 2000)) gin_trgm_ops);

-- recommendations submitted before grouping existed each start a group of their own
insert into recommendation_group (event_slug, representative_id, member_count, created_at)
select event_slug, id, case when visibility in ('REJECTED', 'DELETED') then 0 else 1 end, created_at
from recommendation order by id;

update recommendation r set group_id = g.id from recommendation_group g where g.representative_id = r.id;

-- Keeps member_count exact whatever changes a recommendation (submission, moderation, deletion by its
-- author): the count follows group_id and visibility. Each change is a single UPDATE of the group row,
-- which takes its row lock, so concurrent changes to one group queue up instead of losing counts.
create function recommendation_group_member_count() returns trigger language plpgsql as $$
declare
    counted_before bigint;
    counted_after  bigint;
begin
    if tg_op <> 'INSERT' and old.visibility not in ('REJECTED', 'DELETED') then
        counted_before := old.group_id;
    end if;
    if tg_op <> 'DELETE' and new.visibility not in ('REJECTED', 'DELETED') then
        counted_after := new.group_id;
    end if;
    if counted_before is distinct from counted_after then
        if counted_before is not null then
            update recommendation_group set member_count = member_count - 1 where id = counted_before;
        end if;
        if counted_after is not null then
            update recommendation_group set member_count = member_count + 1 where id = counted_after;
        end if;
    end if;
    return null;
end
$$;

create trigger recommendation_group_member_count
    after insert or update of group_id, visibility or delete on recommendation
    for each row execute function recommendation_group_member_count();
