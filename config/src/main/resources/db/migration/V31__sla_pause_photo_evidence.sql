-- A photo as evidence for an SLA pause (停表凭证): a reason that requires evidence is satisfied by the call's recording
-- id or by one photo (JPEG or PNG, checked by its content). The file lives in the upload store's "pause" folder under
-- the name the server made up; the name it came with, its type, size and SHA-256 are kept here.
alter table sla_pause
    add column photo_stored_name varchar(64),
    add column photo_file_name   varchar(255),
    add column photo_type        varchar(10) check (photo_type in ('JPEG', 'PNG')),
    add column photo_size        bigint check (photo_size > 0),
    add column photo_sha256      char(64),
    add constraint sla_pause_photo_whole check ((photo_stored_name is null) = (photo_type is null)
        and (photo_stored_name is null) = (photo_size is null) and (photo_stored_name is null) = (photo_sha256 is null)
        and (photo_stored_name is null) = (photo_file_name is null));
