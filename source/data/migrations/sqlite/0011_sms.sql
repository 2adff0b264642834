-- Schema 11: the SMS module. Templates (נוסחים קבועים); every message to
-- every recipient as a row of its own, whose id is the idempotency key the
-- gateway is given; phones and contacts that must not get SMS.
alter table phones add column no_sms integer not null default 0 check (no_sms in (0, 1));
alter table contacts add column no_sms integer not null default 0 check (no_sms in (0, 1));

create table sms_templates (
    id integer primary key autoincrement,
    name text not null unique check (name <> ''),
    type text not null default 'none'
        check (type in ('none', 'general', 'client-collection', 'debtor-collection', 'direct-debit')),
    body text not null,
    version integer not null default 1
);

create table sms_messages (
    id integer primary key autoincrement,
    entity_id bigint not null references entities (id),
    case_id bigint references cases (id),
    contact_id bigint references contacts (id) on delete set null,
    phone_id bigint references phones (id) on delete set null,
    recipient_name text not null default '',
    number_e164 text not null,
    body text not null,
    encoding text not null check (encoding in ('gsm7', 'ucs2')),
    segments integer not null check (segments > 0),
    state text not null
        check (state in ('scheduled', 'sending', 'sent', 'delivered', 'failed', 'cancelled')),
    due_at text not null,
    created_at text not null,
    sender_user_id bigint not null references users (id),
    attempts integer not null default 0,
    -- How many times a person sent it again after it failed: each round is
    -- a new key at the gateway (services::externalId).
    resends integer not null default 0,
    -- The earliest the next attempt may go: the due time, then the backoff.
    next_attempt_at text not null,
    -- A dispatcher's claim: who holds the message while sending it, and
    -- until when; a claim that expires belongs to a dead dispatcher.
    claim_owner text,
    lease_until text,
    -- Set when a send's outcome is unknown (no answer, or a dispatcher that
    -- died holding the claim): the gateway is asked before any resend.
    unknown_since text,
    sent_at text,
    delivered_at text,
    reason_code text not null default '',
    reason text not null default '',
    gateway text not null default '',
    version integer not null default 1
);
create index sms_messages_entity on sms_messages (entity_id, id);
create index sms_messages_case on sms_messages (case_id, id) where case_id is not null;
-- The office's messages in one state, newest first (the failed ones to look at).
create index sms_messages_state on sms_messages (state, id);
-- What the dispatchers look for: due messages, and claims that expired.
create index sms_messages_due on sms_messages (next_attempt_at, id) where state = 'scheduled';
create index sms_messages_leases on sms_messages (lease_until, id) where state = 'sending';
-- The home screen: today's scheduled messages.
create index sms_messages_scheduled on sms_messages (due_at, id) where state = 'scheduled';
