-- Schema 10: the audit log's filters at the size of a large office (millions
-- of rows). A rare action (a restore, a refused sign-in) is a range of its
-- own index in id order instead of a walk through the whole log; a user's
-- rows in a period are a range of one index that holds their ids, sorted
-- without reading the rows.
create index audit_log_action on audit_log (action, id);
create index audit_log_user_at on audit_log (user_id, at, id);
-- The planner's statistics for the new indexes beside the old ones: with
-- statistics for the old ones only it takes the new index for a user's
-- newest rows and sorts all of them. A sample of each index is enough.
pragma analysis_limit = 1000;
analyze audit_log;
