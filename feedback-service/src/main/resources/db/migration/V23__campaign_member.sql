-- Campaign membership in a narrow table of its own: the CAMPAIGNS job writes hundreds of thousands of members at a
-- time, and updating that many rows of the wide, heavily indexed comment table cost ~1 ms each.
create table campaign_member (
    comment_id   bigint       primary key,
    campaign_id  bigint       not null references campaign (id) on delete cascade,
    event_slug   varchar(100) not null
);

create index campaign_member_by_campaign on campaign_member (campaign_id, comment_id);

insert into campaign_member (comment_id, campaign_id, event_slug)
select c.id, c.campaign_id, c.event_slug from comment c
where c.campaign_id is not null and exists (select 1 from campaign k where k.id = c.campaign_id);

drop index comment_by_campaign;

-- Superseded by campaign_member; dropping a column is instant in PostgreSQL (no rewrite).
alter table comment drop column campaign_id;
