-- a citizen's own account in feedback-service, keyed by the token subject
create table profile (
    subject              varchar(64)   primary key,
    -- the public pseudonym; never the e-mail address or the Keycloak id
    display_name         varchar(40)   not null,
    -- the name folded for comparison (Unicode-aware, computed in Java), so names are unique regardless of case
    display_name_key     varchar(160)  not null,
    language             varchar(2)    not null,
    -- from the token's verified email claim; only for notifications, never shown publicly
    email                varchar(320),
    email_notifications  boolean       not null default true,
    created_at           timestamptz   not null,
    updated_at           timestamptz   not null,
    version              integer       not null default 0,
    constraint profile_language_known check (language in ('kk', 'ru', 'en')),
    constraint profile_display_name_unique unique (display_name_key)
);

-- a person's own endorsements and flags are read for their export and unlinked when they erase their data
create index endorsement_by_endorser on endorsement (endorser_subject);
create index flag_by_flagger on flag (flagger_subject);
