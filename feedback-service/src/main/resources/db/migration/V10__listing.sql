-- A forum's comment page is the newest listed comments. comment_by_event leads with status, so for the three
-- listed statuses PostgreSQL read and sorted every comment of the forum (bench/scale: 1.4 s on 850,000). This
-- index gives them in page order whatever the status, which the scan checks from the index itself.
create index if not exists comment_listing on comment (event_slug, created_at desc, id desc) include (status);
