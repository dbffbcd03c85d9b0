-- The public list of an event's recommendations, newest first, filters two visibilities (published, hidden): over
-- recommendation_by_event (event, visibility, created_at) PostgreSQL must read both ranges whole and sort them
-- (900 ms for the 82,595 listed on the busiest forum of the 5M data set). Ordered by event alone, it reads the
-- newest rows in order and skips the few that are not listed, as recommendation_top does for the "top" order.
create index recommendation_newest on recommendation (event_slug, created_at desc, id desc);
