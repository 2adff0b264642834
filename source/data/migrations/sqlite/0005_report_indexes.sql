-- Reports and tax documents at the size of a collection office: each period
-- and each lookup a report or a payment makes has an index to start from.
create index tax_documents_account on tax_documents (account_id);
create index tax_documents_entity on tax_documents (entity_id);
-- The series' last date (a new document may not be earlier) and the period reports.
create index tax_documents_kind_issued on tax_documents (kind, issued_on);
create index tax_documents_issued on tax_documents (issued_on);
create index transaction_accounts_date on transaction_accounts (account_date);
create index transaction_accounts_issued on transaction_accounts (entity_id) where state = 'issued';
-- Covering, in the order the reports group by: a period's time per user and
-- its unbilled charges per client and per lawyer are read from the index
-- alone, already grouped, never from millions of table rows.
drop index time_entries_user;
create index time_entries_user on time_entries (user_id, started_at, billable, seconds);
-- (A partial index covers a query only when it holds the columns of its own condition too.)
create index charges_unbilled_entity on charges (entity_id, charged_on, billed_seconds, amount_agorot, state, billable)
    where state = 'unbilled' and billable;
create index charges_unbilled_user on charges (user_id, charged_on, billed_seconds, amount_agorot, state, billable)
    where state = 'unbilled' and billable;
-- Three states are no index: planners took it and visited millions of rows.
-- The office's charges newest first, a page at a time, start from the date.
drop index charges_state;
create index charges_date on charges (charged_on, id);
