-- Time counters, time entries, charges, documents, and the settings they read.

create table office_settings (
    id integer primary key autoincrement,
    key text not null unique,
    value text not null,
    version integer not null default 1
);
insert into office_settings (key, value) values ('rounding.unit', '6'), ('rounding.mode', 'up');

create table user_settings (
    id integer primary key autoincrement,
    user_id bigint not null references users (id),
    key text not null,
    value text not null,
    version integer not null default 1,
    unique (user_id, key)
);

-- Hourly rates in agorot: the user's (the price list), the client's, the case's.
alter table users add column hourly_rate_agorot bigint;
alter table entities add column hourly_rate_agorot bigint;
alter table entities add column rounding_unit integer;
alter table entities add column rounding_mode text;
alter table cases add column hourly_rate_agorot bigint;

create table timers (
    id integer primary key autoincrement,
    user_id bigint not null references users (id),
    entity_id bigint not null references entities (id),
    case_id bigint references cases (id),
    description text not null default '',
    started_by text not null default 'manual' check (started_by in ('manual', 'case_card', 'document')),
    started_at text not null,
    accumulated_us bigint not null default 0,
    running_since text,
    version integer not null default 1
);
create index timers_user on timers (user_id);

create table time_entries (
    id integer primary key autoincrement,
    user_id bigint not null references users (id),
    entity_id bigint not null references entities (id),
    case_id bigint references cases (id),
    started_at text not null,
    ended_at text not null,
    seconds bigint not null check (seconds >= 0),
    description text not null default '',
    billable integer not null default 1 check (billable in (0, 1)),
    created_at text not null,
    version integer not null default 1
);
create index time_entries_case on time_entries (case_id);
create index time_entries_user on time_entries (user_id, started_at);

create table charges (
    id integer primary key autoincrement,
    entity_id bigint not null references entities (id),
    case_id bigint references cases (id),
    user_id bigint references users (id),
    kind text not null check (kind in ('time', 'fixed', 'expense')),
    charged_on text not null,
    description text not null default '',
    seconds bigint not null default 0,
    billed_seconds bigint not null default 0,
    rate_agorot bigint not null default 0,
    amount_agorot bigint not null,
    vat_exempt integer not null default 0 check (vat_exempt in (0, 1)),
    billable integer not null default 1 check (billable in (0, 1)),
    state text not null default 'unbilled' check (state in ('unbilled', 'in_account', 'billed')),
    time_entry_id bigint references time_entries (id),
    created_at text not null,
    updated_at text not null,
    version integer not null default 1
);
create index charges_entity on charges (entity_id, charged_on);
create index charges_case on charges (case_id, charged_on);
create index charges_state on charges (state);

create table documents (
    id integer primary key autoincrement,
    entity_id bigint not null references entities (id),
    case_id bigint references cases (id), -- null: the client's general file
    name text not null,
    stored_name text not null unique,
    size_bytes bigint not null,
    sha256 text not null,
    added_by bigint references users (id),
    added_at text not null,
    deleted_at text,
    version integer not null default 1
);
create index documents_case on documents (case_id);
create index documents_entity on documents (entity_id);
