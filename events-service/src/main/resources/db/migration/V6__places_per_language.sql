-- A forum's city, venue, organiser and source per language (objects keyed by kk/ru/en, like its title). What was
-- written once stands for every language until an editor gives each its own.

drop index event_city;
alter table event
    alter column city drop default,
    alter column city type jsonb using jsonb_build_object('kk', city, 'ru', city, 'en', city),
    alter column venue type jsonb using case when venue is null or btrim(venue) = '' then '{}'::jsonb
                                             else jsonb_build_object('kk', venue, 'ru', venue, 'en', venue) end,
    alter column organiser type jsonb using case when organiser is null or btrim(organiser) = '' then '{}'::jsonb
                                                 else jsonb_build_object('kk', organiser, 'ru', organiser, 'en', organiser) end,
    alter column source type jsonb using case when source is null or btrim(source) = '' then '{}'::jsonb
                                              else jsonb_build_object('kk', source, 'ru', source, 'en', source) end;
alter table event
    alter column venue set default '{}'::jsonb,
    alter column venue set not null,
    alter column organiser set default '{}'::jsonb,
    alter column organiser set not null,
    alter column source set default '{}'::jsonb,
    alter column source set not null,
    -- which way of building the search document wrote search_ru/kk/en; the service rebuilds older ones at start
    add column search_version integer not null default 0;

-- a summary Pikir writes from published reports, told apart from a body's own press release
alter table material drop constraint material_kind_known;
alter table material add constraint material_kind_known check (kind in ('DOCUMENT', 'PRESENTATION', 'TRANSCRIPT',
    'PRESS_RELEASE', 'RESOLUTION', 'VIDEO', 'SUMMARY'));
