-- Schema 12: Net HaMishpat. A case's court number as parts; the courts as a
-- dated table; each user's linked smart card (its certificate's fingerprint,
-- never a key or a code); the court's documents and hearings with the
-- court's own ids, so a sync run twice adds nothing twice; each case's
-- cursor; and every sync's report.
alter table cases add column court_serial text not null default '';
alter table cases add column court_month integer not null default 0;
alter table cases add column court_year integer not null default 0;
-- court_number is already normalised: 3036-11-17 or 2904/14.
update cases set court_serial = substr(court_number, 1, instr(court_number, '-') - 1),
                 court_month = cast(substr(court_number, instr(court_number, '-') + 1, 2) as integer),
                 court_year = cast(substr(court_number, length(court_number) - 1, 2) as integer)
    where court_number like '%-%-%';
update cases set court_serial = substr(court_number, 1, instr(court_number, '/') - 1),
                 court_year = cast(substr(court_number, instr(court_number, '/') + 1) as integer)
    where court_number like '%/%';

create table courts (
    id integer primary key autoincrement,
    name text not null check (name <> ''),
    kind text not null
        check (kind in ('supreme', 'district', 'magistrates', 'labour', 'family', 'traffic', 'local-affairs',
                        'national-labour', 'other')),
    valid_from text not null,
    valid_to text, -- the last day it existed under this name; null: it still does
    unique (name, valid_from)
);

-- Israel's courts as the case form offers them. valid_from is when the row
-- entered this table's history, not the court's founding: a court renamed
-- or merged gets valid_to and a new row, and old cases keep their name.
insert into courts (name, kind, valid_from) values
    ('בית המשפט העליון', 'supreme', '2000-01-01'),
    ('בית המשפט המחוזי בירושלים', 'district', '2000-01-01'),
    ('בית המשפט המחוזי בתל אביב-יפו', 'district', '2000-01-01'),
    ('בית המשפט המחוזי בחיפה', 'district', '2000-01-01'),
    ('בית המשפט המחוזי מרכז-לוד', 'district', '2000-01-01'),
    ('בית המשפט המחוזי בבאר שבע', 'district', '2000-01-01'),
    ('בית המשפט המחוזי בנצרת', 'district', '2000-01-01'),
    ('בית משפט השלום בירושלים', 'magistrates', '2000-01-01'),
    ('בית משפט השלום בבית שמש', 'magistrates', '2000-01-01'),
    ('בית משפט השלום בתל אביב-יפו', 'magistrates', '2000-01-01'),
    ('בית משפט השלום בבת ים', 'magistrates', '2000-01-01'),
    ('בית משפט השלום בהרצליה', 'magistrates', '2000-01-01'),
    ('בית משפט השלום בחיפה', 'magistrates', '2000-01-01'),
    ('בית משפט השלום בקריות', 'magistrates', '2000-01-01'),
    ('בית משפט השלום בחדרה', 'magistrates', '2000-01-01'),
    ('בית משפט השלום בעכו', 'magistrates', '2000-01-01'),
    ('בית משפט השלום בפתח תקווה', 'magistrates', '2000-01-01'),
    ('בית משפט השלום בראשון לציון', 'magistrates', '2000-01-01'),
    ('בית משפט השלום ברחובות', 'magistrates', '2000-01-01'),
    ('בית משפט השלום ברמלה', 'magistrates', '2000-01-01'),
    ('בית משפט השלום בכפר סבא', 'magistrates', '2000-01-01'),
    ('בית משפט השלום בנתניה', 'magistrates', '2000-01-01'),
    ('בית משפט השלום בבאר שבע', 'magistrates', '2000-01-01'),
    ('בית משפט השלום באשדוד', 'magistrates', '2000-01-01'),
    ('בית משפט השלום באשקלון', 'magistrates', '2000-01-01'),
    ('בית משפט השלום בקריית גת', 'magistrates', '2000-01-01'),
    ('בית משפט השלום באילת', 'magistrates', '2000-01-01'),
    ('בית משפט השלום בדימונה', 'magistrates', '2000-01-01'),
    ('בית משפט השלום בנצרת', 'magistrates', '2000-01-01'),
    ('בית משפט השלום בעפולה', 'magistrates', '2000-01-01'),
    ('בית משפט השלום בטבריה', 'magistrates', '2000-01-01'),
    ('בית משפט השלום בצפת', 'magistrates', '2000-01-01'),
    ('בית משפט השלום בקצרין', 'magistrates', '2000-01-01'),
    ('בית משפט השלום בקריית שמונה', 'magistrates', '2000-01-01'),
    ('בית משפט השלום בבית שאן', 'magistrates', '2000-01-01'),
    ('בית משפט השלום במסעדה', 'magistrates', '2000-01-01'),
    ('בית הדין הארצי לעבודה', 'national-labour', '2000-01-01'),
    ('בית הדין האזורי לעבודה בירושלים', 'labour', '2000-01-01'),
    ('בית הדין האזורי לעבודה בתל אביב', 'labour', '2000-01-01'),
    ('בית הדין האזורי לעבודה בחיפה', 'labour', '2000-01-01'),
    ('בית הדין האזורי לעבודה בבאר שבע', 'labour', '2000-01-01'),
    ('בית הדין האזורי לעבודה בנצרת', 'labour', '2000-01-01'),
    ('בית המשפט לענייני משפחה בירושלים', 'family', '2000-01-01'),
    ('בית המשפט לענייני משפחה בתל אביב', 'family', '2000-01-01'),
    ('בית המשפט לענייני משפחה ברמת גן', 'family', '2000-01-01'),
    ('בית המשפט לענייני משפחה בחיפה', 'family', '2000-01-01'),
    ('בית המשפט לענייני משפחה בקריות', 'family', '2000-01-01'),
    ('בית המשפט לענייני משפחה בפתח תקווה', 'family', '2000-01-01'),
    ('בית המשפט לענייני משפחה בראשון לציון', 'family', '2000-01-01'),
    ('בית המשפט לענייני משפחה בכפר סבא', 'family', '2000-01-01'),
    ('בית המשפט לענייני משפחה בבאר שבע', 'family', '2000-01-01'),
    ('בית המשפט לענייני משפחה באשדוד', 'family', '2000-01-01'),
    ('בית המשפט לענייני משפחה בנצרת', 'family', '2000-01-01'),
    ('בית המשפט לענייני משפחה בטבריה', 'family', '2000-01-01'),
    ('בית משפט לתעבורה בירושלים', 'traffic', '2000-01-01'),
    ('בית משפט לתעבורה בתל אביב-יפו', 'traffic', '2000-01-01'),
    ('בית משפט לתעבורה בחיפה', 'traffic', '2000-01-01'),
    ('בית משפט לתעבורה בפתח תקווה', 'traffic', '2000-01-01'),
    ('בית משפט לתעבורה בבאר שבע', 'traffic', '2000-01-01'),
    ('בית משפט לתעבורה בנצרת', 'traffic', '2000-01-01'),
    ('בית משפט לעניינים מקומיים בירושלים', 'local-affairs', '2000-01-01'),
    ('בית משפט לעניינים מקומיים בתל אביב-יפו', 'local-affairs', '2000-01-01'),
    ('בית משפט לעניינים מקומיים בחיפה', 'local-affairs', '2000-01-01'),
    ('בית משפט לעניינים מקומיים בראשון לציון', 'local-affairs', '2000-01-01'),
    ('בית משפט לעניינים מקומיים בבאר שבע', 'local-affairs', '2000-01-01'),
    ('לשכת ההוצאה לפועל', 'other', '2000-01-01');

create table court_cards (
    id integer primary key autoincrement,
    user_id bigint not null unique references users (id),
    module_path text not null,
    slot bigint not null,
    certificate_id text not null,
    fingerprint text not null,
    holder text not null,
    not_after text not null,
    linked_at text not null,
    version integer not null default 1
);

alter table documents add column court_document_id text;
alter table documents add column court_folder text
    check (court_folder in ('decisions', 'pleadings', 'protocols', 'requests'));
alter table documents add column court_signed_on text;
alter table documents add column court_title text not null default '';
alter table documents add column court_judge text not null default '';
-- A court document is unread until the case's responsible lawyer opens it.
alter table documents add column unread integer not null default 0;
create unique index documents_court_document on documents (court_document_id) where court_document_id is not null;
create index documents_unread on documents (case_id, id) where unread = 1;

create table hearings (
    id integer primary key autoincrement,
    case_id bigint not null references cases (id),
    court_hearing_id text unique, -- null: typed by a person
    on_date text not null,
    start_time text not null default '', -- HH:MM, Israel time
    end_time text not null default '',
    court text not null default '',
    hall text not null default '',
    judge text not null default '',
    hearing_type text not null default '',
    status text not null default 'scheduled' check (status in ('scheduled', 'moved', 'cancelled', 'held')),
    video integer not null default 0,
    -- Moved or cancelled by the court since it was first downloaded.
    changed integer not null default 0,
    created_at text not null,
    updated_at text not null,
    version integer not null default 1
);
create index hearings_case on hearings (case_id, on_date, start_time, id);
-- The office's upcoming hearings, by date.
create index hearings_date on hearings (on_date, start_time, id);

-- A hearing's values before each change the court made to it.
create table hearing_history (
    id integer primary key autoincrement,
    hearing_id bigint not null references hearings (id),
    changed_at text not null,
    sync_id bigint,
    on_date text not null,
    start_time text not null,
    end_time text not null,
    court text not null,
    hall text not null,
    judge text not null,
    hearing_type text not null,
    status text not null,
    video integer not null
);
create index hearing_history_hearing on hearing_history (hearing_id, id);

-- Where each case's events were read up to: the next sync asks after it.
create table court_case_cursors (
    id integer primary key autoincrement,
    case_id bigint not null unique references cases (id),
    cursor text not null,
    synced_at text not null
);

create table court_syncs (
    id integer primary key autoincrement,
    user_id bigint not null references users (id),
    scope text not null check (scope in ('all', 'client', 'case')),
    scope_id bigint,
    started_at text not null,
    finished_at text,
    state text not null check (state in ('running', 'done', 'cancelled', 'failed')),
    message text not null default ''
);
create index court_syncs_started on court_syncs (started_at, id);

create table court_sync_cases (
    id integer primary key autoincrement,
    sync_id bigint not null references court_syncs (id),
    case_id bigint not null references cases (id),
    state text not null check (state in ('done', 'failed', 'skipped', 'cancelled')),
    new_documents integer not null default 0,
    new_hearings integer not null default 0,
    changed_hearings integer not null default 0,
    message text not null default '',
    unique (sync_id, case_id)
);
