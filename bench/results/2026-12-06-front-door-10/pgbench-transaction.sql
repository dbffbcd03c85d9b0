\set key random(1, 2000000000)
begin;
select * from profile where subject = 'bench-pgbench-' || :client_id;
insert into idempotency_key (owner_subject, key, operation, request_hash)
values ('bench-pgbench-' || :client_id, 'pgb-' || :key, 'comment.create', md5(:key::text)) on conflict do nothing;
with counted as (
insert into submission_window (owner_subject, kind, window_start, window_seconds, count)
values ('bench-pgbench-' || :client_id, 'submission', to_timestamp(floor(extract(epoch from now()) / 60) * 60), 60, 1),
       ('bench-pgbench-' || :client_id, 'submission', to_timestamp(floor(extract(epoch from now()) / 86400) * 86400), 86400, 1),
       ('bench-pgbench-' || :client_id, 'item', to_timestamp(floor(extract(epoch from now()) / 600) * 600), 600, 1)
on conflict (owner_subject, kind, window_seconds, window_start) do update set count = submission_window.count + 1
returning window_seconds, count)
select window_seconds, count from counted
union all
select -window_seconds, count from submission_window
where owner_subject = 'bench-pgbench-' || :client_id and kind = 'item' and window_seconds = 600
  and window_start = to_timestamp(floor(extract(epoch from now()) / 600) * 600 - 600);
select * from moderation_policy where event_slug = 'bench-load';
select m.spam_items, m.ham_items, m.spam_tokens, m.ham_tokens, m.vocabulary,
       exists (select 1 from (select body from comment where event_slug = 'bench-load'
                              order by created_at desc, id desc limit 200) latest
               where latest.body = 'Предлагаю закрепить в проекте обязательные общественные слушания в каждой области до принятия поправок, а протоколы слушаний публиковать на двух языках в течение недели, чтобы граждане видели, какие предложения учтены и почему. (pgbench-' || :client_id || '-' || :key || ')')
from (values (1)) one left join spam_model m on m.event_slug = 'bench-load';
insert into comment (id, event_slug, body, language, author_subject, author_name, status,
                     created_at, updated_at, version, flag_count, open_flag_count)
values (nextval('comment_seq'), 'bench-load', 'Предлагаю закрепить в проекте обязательные общественные слушания в каждой области до принятия поправок, а протоколы слушаний публиковать на двух языках в течение недели, чтобы граждане видели, какие предложения учтены и почему. (pgbench-' || :client_id || '-' || :key || ')',
        'ru', 'bench-pgbench-' || :client_id, 'Bench pgbench ' || :client_id, 'PUBLISHED', now(), now(), 0, 0, 0);
update idempotency_key set response_status = 201, response_body = '{"id":1,"eventSlug":"bench-load","status":"PUBLISHED"}'
where owner_subject = 'bench-pgbench-' || :client_id and key = 'pgb-' || :key;
commit;
