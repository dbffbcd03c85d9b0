-- when the author last changed the text of a comment (null: never edited); updated_at moves with moderation too
alter table comment add column edited_at timestamptz;
