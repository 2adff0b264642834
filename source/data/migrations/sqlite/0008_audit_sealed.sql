-- Schema 8 (SQLite): audit rows are written once. The program inserts and
-- reads them; these triggers refuse changing or deleting one, and the hash
-- chain shows it when someone works around them.
create trigger audit_log_no_update before update on audit_log
begin
    select raise(abort, 'audit rows cannot be changed');
end;
create trigger audit_log_no_delete before delete on audit_log
begin
    select raise(abort, 'audit rows cannot be deleted');
end;
