-- The three audit trails (case_history, quality_complaint_history, return_request_history) are one mapping
-- (AuditLine): the same columns with the same sizes. Only widening, so no line is cut or refused: a case trail's
-- note keeps what its sources allow (a returned order's handling, up to 2000 characters, was cut to 1000), and a
-- complaint's states get the room the other two trails give theirs.
alter table case_history alter column note type varchar(2000);
alter table quality_complaint_history alter column from_status type varchar(25),
                                      alter column to_status type varchar(25);
