-- when the author last changed the text of a comment (null: never edited); updated_at moves with moderation too
alter table comment add column edited_at timestamptz;

-- the staff members feedback-service has seen: anyone whose token carried moderator, editor or admin (StaffDirectory);
-- a recommendation may be assigned only to one of them
create table staff_member (
    username      varchar(100)  primary key,
    subject       varchar(255)  not null,
    roles         varchar(100)  not null,
    last_seen_at  timestamptz   not null
);
