-- exports and open data walk an event's items in id order through a cursor: these let PostgreSQL
-- hand over the first rows at once instead of sorting the whole event first
create index comment_export on comment (event_slug, id);
create index recommendation_export on recommendation (event_slug, id);
