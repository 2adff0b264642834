-- Schema 9: an issued transaction account and an issued tax document carry
-- a SHA-256 over what was issued (its seal). The same seal goes into the
-- audit row of its issuing, so it enters the chain: a document changed
-- behind the program's back no longer matches either, and is refused.
-- Documents issued before this schema have no seal ('').
alter table transaction_accounts add column content_hash text not null default '';
alter table tax_documents add column content_hash text not null default '';
