-- Schema 8 (PostgreSQL): audit rows are written once. The workstations'
-- role inserts and reads them; this trigger refuses changing or deleting one
-- whatever the grants (docs/operations.md gives the grants as well), and the
-- hash chain shows it when the owner works around it.
create function audit_log_refuse() returns trigger language plpgsql as $$
begin
    raise exception 'audit rows cannot be changed or deleted' using errcode = 'insufficient_privilege';
end;
$$;
create trigger audit_log_no_change before update or delete on audit_log
    for each row execute function audit_log_refuse();
create trigger audit_log_no_truncate before truncate on audit_log
    for each statement execute function audit_log_refuse();
