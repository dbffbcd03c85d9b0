insert into comment (id, event_slug, body, language, author_subject, author_name, status,
                     created_at, updated_at, version, flag_count, open_flag_count)
values (nextval('comment_seq'), 'bench-load', 'Предлагаю закрепить в проекте обязательные общественные слушания в каждой области до принятия поправок, а протоколы слушаний публиковать на двух языках в течение недели, чтобы граждане видели, какие предложения учтены и почему. (pgbench-' || :client_id || '-' || random(1, 1000000000) || ')',
        'ru', 'bench-pgbench-' || :client_id, 'Bench pgbench', 'PUBLISHED', now(), now(), 0, 0, 0);
