-- every staff action, append-only: who did what to which item, and the state before and after
create table audit_entry (
    id           bigint        generated always as identity primary key,
    actor        varchar(100)  not null,
    action       varchar(60)   not null,
    target_type  varchar(30)   not null,
    target_id    varchar(100)  not null,
    before       jsonb,
    after        jsonb,
    at           timestamptz   not null
);

create index audit_entry_by_time on audit_entry (at desc, id desc);
create index audit_entry_by_target on audit_entry (target_type, target_id, at desc, id desc);
create index audit_entry_by_actor on audit_entry (actor, at desc, id desc);

create function audit_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only: % is not allowed', tg_op
        using errcode = 'integrity_constraint_violation';
end
$$;

-- statement-level, so even an UPDATE or DELETE that matches no row is refused
create trigger audit_entry_append_only
    before update or delete or truncate on audit_entry
    for each statement execute function audit_entry_append_only();
