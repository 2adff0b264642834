-- Praklit office schema, version 1 (SQLite).
-- Ids are INTEGER PRIMARY KEY AUTOINCREMENT (rowid aliases that are never
-- reused, so audit rows never point at a different row later); foreign keys
-- are declared bigint. Times are UTC text "YYYY-MM-DD HH:MM:SS.ffffff+00",
-- dates "YYYY-MM-DD", booleans 0/1.

create table users (
    id integer primary key autoincrement,
    login text not null unique,
    display_name text not null default '',
    active integer not null default 1 check (active in (0, 1)),
    created_at text not null,
    version integer not null default 1
);

create table entities (
    id integer primary key autoincrement,
    kind text not null check (kind in ('person', 'organisation')),
    first_name text not null default '',
    last_name text not null default '',
    org_name text not null default '',
    id_number text check (id_number is null or length(id_number) = 9),
    email text not null default '',
    note text not null default '',
    active integer not null default 1 check (active in (0, 1)),
    search_key text not null default '',
    sort_key text not null default '',
    created_at text not null,
    updated_at text not null,
    version integer not null default 1
);
create unique index entities_id_number on entities (id_number) where id_number is not null;
create index entities_sort on entities (sort_key, id);

create table addresses (
    id integer primary key autoincrement,
    entity_id bigint not null references entities (id) on delete cascade,
    is_primary integer not null default 0 check (is_primary in (0, 1)),
    street text not null default '',
    house text not null default '',
    city text not null default '',
    zip text not null default '',
    po_box text not null default '',
    country text not null default '',
    version integer not null default 1
);
create index addresses_entity on addresses (entity_id);
-- At most one primary address per owner, whatever the program does.
create unique index addresses_one_primary on addresses (entity_id) where is_primary = 1;

create table contact_roles (
    id integer primary key autoincrement,
    name text not null unique,
    built_in integer not null default 0 check (built_in in (0, 1))
);

create table contacts (
    id integer primary key autoincrement,
    entity_id bigint not null references entities (id) on delete cascade,
    role_id bigint references contact_roles (id),
    first_name text not null default '',
    last_name text not null check (last_name <> ''),
    title text not null default '',
    email text not null default '',
    addressee_accounts integer not null default 0 check (addressee_accounts in (0, 1)),
    addressee_invoices integer not null default 0 check (addressee_invoices in (0, 1)),
    version integer not null default 1
);
create index contacts_entity on contacts (entity_id);

create table phones (
    id integer primary key autoincrement,
    entity_id bigint references entities (id) on delete cascade,
    contact_id bigint references contacts (id) on delete cascade,
    type text not null check (type in ('mobile', 'office', 'home', 'fax')),
    number_e164 text not null,
    version integer not null default 1,
    check ((entity_id is null) <> (contact_id is null))
);
create index phones_entity on phones (entity_id);
create index phones_contact on phones (contact_id);
create index phones_number on phones (number_e164);

create table cases (
    id integer primary key autoincrement,
    entity_id bigint not null references entities (id),
    internal_number text not null unique,
    subject text not null,
    court text not null default '',
    proceeding_type text not null default '',
    court_number text not null default '',
    lawyer_user_id bigint references users (id),
    opened_on text,
    closed_on text,
    status text not null default 'open' check (status in ('open', 'closed')),
    created_at text not null,
    updated_at text not null,
    version integer not null default 1
);
create index cases_entity on cases (entity_id);
create index cases_court_number on cases (court_number);

create table audit_log (
    id integer primary key autoincrement,
    at text not null,
    user_id bigint references users (id),
    table_name text not null,
    row_id bigint,
    action text not null check (action in ('insert', 'update', 'delete', 'import')),
    changes text not null default '{}'
);
create index audit_log_row on audit_log (table_name, row_id);

insert into contact_roles (name, built_in) values
    ('רפרנט', 1), ('מנהל מחלקה', 1), ('מנכ"ל', 1), ('מנהל כספים', 1), ('יועץ משפטי', 1),
    ('מזכירה', 1), ('מנהל משאבי אנוש', 1), ('בעלים', 1), ('שותף', 1), ('רואה חשבון', 1);
