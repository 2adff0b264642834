-- Schema 7 (SQLite): users who sign in, user groups and their permissions,
-- and an audit log whose rows are chained by hashes.
create table user_groups (
    id integer primary key autoincrement,
    key text not null unique,
    name text not null,
    built_in integer not null default 0 check (built_in in (0, 1)),
    version integer not null default 1
);
create table group_permissions (
    id integer primary key autoincrement,
    group_id bigint not null references user_groups (id) on delete cascade,
    permission text not null,
    unique (group_id, permission)
);
-- The groups every office starts with, editable afterwards. Permissions by
-- their stable keys (domain/Permission.h).
insert into user_groups (key, name, built_in) values
    ('administrators', 'מנהלי מערכת', 1), ('partners', 'שותפים', 1), ('lawyers', 'עורכי דין', 1),
    ('interns', 'מתמחים', 1), ('secretaries', 'מזכירות', 1), ('accounting', 'הנהלת חשבונות', 1);
insert into group_permissions (group_id, permission)
    select g.id, p.permission from user_groups g join (
        select 'administrators' as grp, 'clients.see' as permission union all
        select 'administrators', 'clients.edit' union all select 'administrators', 'charges.see' union all
        select 'administrators', 'charges.add' union all select 'administrators', 'accounts.issue' union all
        select 'administrators', 'documents.cancel' union all select 'administrators', 'time.others.see' union all
        select 'administrators', 'time.others.edit' union all select 'administrators', 'court.download' union all
        select 'administrators', 'sms.send' union all select 'administrators', 'templates.manage' union all
        select 'administrators', 'users.manage' union all select 'administrators', 'audit.see' union all
        select 'administrators', 'backups' union all
        select 'partners', 'clients.see' union all select 'partners', 'clients.edit' union all
        select 'partners', 'charges.see' union all select 'partners', 'charges.add' union all
        select 'partners', 'accounts.issue' union all select 'partners', 'documents.cancel' union all
        select 'partners', 'time.others.see' union all select 'partners', 'time.others.edit' union all
        select 'partners', 'court.download' union all select 'partners', 'sms.send' union all
        select 'partners', 'templates.manage' union all select 'partners', 'audit.see' union all
        select 'lawyers', 'clients.see' union all select 'lawyers', 'clients.edit' union all
        select 'lawyers', 'charges.see' union all select 'lawyers', 'charges.add' union all
        select 'lawyers', 'court.download' union all select 'lawyers', 'sms.send' union all
        select 'interns', 'clients.see' union all select 'interns', 'charges.add' union all
        select 'interns', 'court.download' union all
        select 'secretaries', 'clients.see' union all select 'secretaries', 'clients.edit' union all
        select 'secretaries', 'charges.see' union all select 'secretaries', 'sms.send' union all
        select 'secretaries', 'templates.manage' union all
        select 'accounting', 'clients.see' union all select 'accounting', 'charges.see' union all
        select 'accounting', 'charges.add' union all select 'accounting', 'accounts.issue' union all
        select 'accounting', 'documents.cancel' union all select 'accounting', 'time.others.see'
    ) p on p.grp = g.key;

-- A password is an Argon2id string (libsodium's crypto_pwhash_str), never
-- the password; failed tries and the lockout are counted here, so another
-- workstation does not start the count again.
alter table users add column email text not null default '';
alter table users add column title text not null default '';
alter table users add column group_id bigint references user_groups (id);
alter table users add column password_hash text;
alter table users add column must_change_password integer not null default 0 check (must_change_password in (0, 1));
alter table users add column failed_sign_ins integer not null default 0;
alter table users add column locked_until text;
alter table users add column password_changed_at text;
-- Everyone of an office that had no users' rights could do everything: they
-- stay administrators until an administrator says otherwise.
update users set group_id = (select id from user_groups where key = 'administrators');

-- The audit log again, with its wider actions, an edit's reason, and the
-- hash chain: each row's hash covers its content and the previous row's hash.
create table audit_log_chained (
    id integer primary key autoincrement,
    at text not null,
    user_id bigint references users (id),
    table_name text not null,
    row_id bigint,
    action text not null check (action in ('insert', 'update', 'delete', 'import', 'state', 'read', 'export',
                                           'sign-in', 'sign-in-refused', 'backup', 'restore')),
    changes text not null default '{}',
    reason text not null default '',
    prev_hash text not null default '',
    hash text not null default ''
);
insert into audit_log_chained (id, at, user_id, table_name, row_id, action, changes)
    select id, at, user_id, table_name, row_id, action, changes from audit_log order by id;
drop table audit_log;
alter table audit_log_chained rename to audit_log;
create index audit_log_row on audit_log (table_name, row_id, id);
create index audit_log_user on audit_log (user_id, id);
create index audit_log_at on audit_log (at, id);

-- The chain's head: the last row and its hash. Every audit insert takes this
-- row first, so writers on several workstations line up and the chain never forks.
create table audit_head (
    id integer primary key check (id = 1),
    last_id bigint not null default 0,
    hash text not null default ''
);
insert into audit_head (id) values (1);
