-- A new recommendation is compared with each group's representative instead of with every recommendation
-- on its event. Compared with every row, a campaign of thousands of near-identical texts made each
-- submission recheck all of them (bench/scale: 34 s on an event with 85,000 recommendations); a campaign
-- is one group, so it is one comparison now. The representative's text is kept on the group row, where
-- a trigram index serves the % operator.
alter table recommendation_group add column text text;

update recommendation_group g set text = r.title || ' ' || left(r.body, 2000)
from recommendation r where r.id = g.representative_id;

create index recommendation_group_text_trgm on recommendation_group using gin (text gin_trgm_ops);

drop index recommendation_text_trgm;

-- The group's copy follows its representative: an edit, an erasure by its author (content removed) or
-- the row's deletion reaches the copy in the same statement, so no text outlives its source.
create function recommendation_group_text() returns trigger language plpgsql as $$
begin
    if tg_op = 'DELETE' then
        update recommendation_group set text = null where representative_id = old.id;
        return old;
    end if;
    update recommendation_group set text = new.title || ' ' || left(new.body, 2000) where representative_id = new.id;
    return null;
end
$$;

create trigger recommendation_group_text_follows
    after update of title, body on recommendation
    for each row when (old.title is distinct from new.title or old.body is distinct from new.body)
    execute function recommendation_group_text();

create trigger recommendation_group_text_deleted
    before delete on recommendation
    for each row execute function recommendation_group_text();
