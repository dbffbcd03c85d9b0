-- Staff analysis of a forum's feedback (issue 14): a codebook of themes per forum, the items tagged with them, the
-- analysts' internal notes, near-identical comment campaigns and a spam score per item. Nothing here is public except
-- an accepted theme's names, description and official response, and campaign counts.

create sequence theme_seq start with 1 increment by 50;

-- A theme of one forum's codebook. SUGGESTED themes are drafted by the suggestion job and shown to staff only;
-- ACCEPTED ones are signed off by a person; DISCARDED and MERGED ones stay for the audit trail.
create table theme (
    id              bigint        primary key,
    event_slug      varchar(100)  not null,
    status          varchar(12)   not null,
    origin          varchar(12)   not null,
    name_kk         varchar(120),
    name_ru         varchar(120),
    name_en         varchar(120),
    description_kk  varchar(2000),
    description_ru  varchar(2000),
    description_en  varchar(2000),
    -- the most distinctive terms of a suggested theme, as shown to staff (e.g. "суд; судьи; независимость")
    terms           varchar(500),
    merged_into_id  bigint        references theme (id),
    -- the public official response to what citizens said on this theme ("you said, we did")
    response_kk     varchar(5000),
    response_ru     varchar(5000),
    response_en     varchar(5000),
    responded_by    varchar(200),
    responded_at    timestamptz,
    created_by      varchar(100)  not null,
    created_at      timestamptz   not null,
    updated_at      timestamptz   not null,
    version         integer       not null default 0,
    constraint theme_status_known check (status in ('SUGGESTED', 'ACCEPTED', 'DISCARDED', 'MERGED')),
    constraint theme_origin_known check (origin in ('MANUAL', 'SUGGESTED')),
    constraint theme_named check (coalesce(name_kk, name_ru, name_en) is not null),
    constraint theme_merged_into check ((status = 'MERGED') = (merged_into_id is not null))
);

create index theme_by_event on theme (event_slug, status, id);

-- Up to three representative items of a theme, nearest its centroid (written by the suggestion job); the public
-- report shows only the PUBLISHED ones.
create table theme_quote (
    theme_id   bigint       not null references theme (id) on delete cascade,
    position   smallint     not null,
    item_type  varchar(16)  not null,
    item_id    bigint       not null,
    primary key (theme_id, position),
    constraint theme_quote_type_known check (item_type in ('COMMENT', 'RECOMMENDATION'))
);

-- An item's themes. suggested = true: proposed by the machine (suggestion job or nearest accepted theme) and not
-- yet confirmed by a person; confirming sets it false. item_type is 'COMMENT' or 'RECOMMENDATION'.
create table item_theme (
    item_type   varchar(16)   not null,
    item_id     bigint        not null,
    theme_id    bigint        not null references theme (id) on delete cascade,
    event_slug  varchar(100)  not null,
    suggested   boolean       not null default false,
    -- the suggestion's cosine similarity to the theme, 0..1; null for a person's tag
    score       real,
    tagged_by   varchar(100)  not null,
    tagged_at   timestamptz   not null,
    primary key (item_type, item_id, theme_id),
    constraint item_theme_type_known check (item_type in ('COMMENT', 'RECOMMENDATION'))
);

create index item_theme_by_theme on item_theme (theme_id, item_type, item_id);
create index item_theme_by_event on item_theme (event_slug, item_type, item_id) where not suggested;

-- An analyst's internal state of one item: marked "no theme" (analysed, fits none) and a note. Never public.
create table item_analysis (
    item_type   varchar(16)   not null,
    item_id     bigint        not null,
    event_slug  varchar(100)  not null,
    no_theme    boolean       not null default false,
    note        varchar(2000),
    updated_by  varchar(100)  not null,
    updated_at  timestamptz   not null,
    primary key (item_type, item_id),
    constraint item_analysis_type_known check (item_type in ('COMMENT', 'RECOMMENDATION'))
);

create index item_analysis_by_event on item_analysis (event_slug, item_type) where no_theme;

-- A group of near-identical comments on one forum (a mass campaign), found by MinHash/LSH over normalised text.
create table campaign (
    id                    bigint        generated always as identity primary key,
    event_slug            varchar(100)  not null,
    -- the comment whose text stands for the group, and that text (normalised text is compared, this is shown)
    representative_id     bigint,
    representative_text   varchar(2000) not null,
    language              varchar(2),
    member_count          integer       not null,
    first_at              timestamptz,
    last_at               timestamptz,
    detected_at           timestamptz   not null,
    constraint campaign_counted check (member_count >= 0)
);

create index campaign_largest on campaign (event_slug, member_count desc, id desc);

-- Both columns are added without a default, so this is instant on millions of rows.
alter table comment
    add column campaign_id  bigint,
    -- 0..1, higher = more likely spam or abuse; orders the moderation queue, never hides anything by itself
    add column spam_score   real;

alter table recommendation
    add column spam_score   real;

create index comment_by_campaign on comment (campaign_id, id) where campaign_id is not null;
