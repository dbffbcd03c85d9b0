-- Content in the visitor's language: a managed catalogue of topics named in kk/ru/en, statements marked as quoted
-- or reported with translations an editor adds, and participants' Latin spellings.

create table topic (
    slug        varchar(60)   primary key,
    name        jsonb         not null,
    created_at  timestamptz   not null default now(),
    created_by  varchar(100)  not null,
    updated_at  timestamptz   not null default now(),
    version     integer       not null default 0,
    constraint topic_named_in_every_language check (name ?& array['kk', 'ru', 'en'])
);

-- who added or renamed a topic and what it was called from then on (staff user names only)
create sequence topic_change_seq start with 1 increment by 50;
create table topic_change (
    id          bigint        primary key,
    topic_slug  varchar(60)   not null references topic (slug) on delete cascade,
    changed_at  timestamptz   not null,
    changed_by  varchar(100)  not null,
    action      varchar(40)   not null,
    name        jsonb         not null
);
create index topic_change_by_topic on topic_change (topic_slug, changed_at desc, id desc);

insert into topic (slug, name, created_by) values
    ('constitution', '{"kk": "Конституция", "ru": "Конституция", "en": "Constitution"}', 'migration'),
    ('referendum', '{"kk": "Референдум", "ru": "Референдум", "en": "Referendum"}', 'migration'),
    ('public-administration', '{"kk": "Мемлекеттік басқару", "ru": "Государственное управление", "en": "Public administration"}', 'migration'),
    ('parliament', '{"kk": "Парламент", "ru": "Парламент", "en": "Parliament"}', 'migration'),
    ('courts', '{"kk": "Сот жүйесі", "ru": "Судебная система", "en": "Courts"}', 'migration'),
    ('local-government', '{"kk": "Жергілікті өзін-өзі басқару", "ru": "Местное самоуправление", "en": "Local government"}', 'migration'),
    ('human-rights', '{"kk": "Адам құқықтары", "ru": "Права человека", "en": "Human rights"}', 'migration'),
    ('elections', '{"kk": "Сайлау", "ru": "Выборы", "en": "Elections"}', 'migration'),
    ('languages', '{"kk": "Тіл саясаты", "ru": "Языковая политика", "en": "Language policy"}', 'migration'),
    ('budget', '{"kk": "Бюджет", "ru": "Бюджет", "en": "Budget"}', 'migration'),
    ('environment', '{"kk": "Қоршаған орта", "ru": "Окружающая среда", "en": "Environment"}', 'migration'),
    ('youth', '{"kk": "Жастар", "ru": "Молодёжь", "en": "Youth"}', 'migration'),
    ('transparency', '{"kk": "Ашықтық", "ru": "Прозрачность", "en": "Transparency"}', 'migration');

-- topics events already carry join the catalogue under their own name until an editor renames them
insert into topic (slug, name, created_by)
select distinct t, jsonb_build_object('kk', t, 'ru', t, 'en', t), 'migration'
from event, unnest(topics) as t
on conflict (slug) do nothing;

insert into topic_change (id, topic_slug, changed_at, changed_by, action, name)
select nextval('topic_change_seq'), slug, created_at, created_by, 'topic.added', name from topic;

-- QUOTE: the speaker's own words; REPORTED: what a source says the speaker said (indirect speech)
alter table statement
    add column kind          varchar(16)  not null default 'QUOTE',
    -- language code to an editor's translation; the original stays in text/language
    add column translations  jsonb        not null default '{}'::jsonb,
    add constraint statement_kind_known check (kind in ('QUOTE', 'REPORTED')),
    add constraint statement_translations_other_languages check (not translations ? language);

alter table participant
    add column latin_name varchar(200);
