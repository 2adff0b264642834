-- Search as you type: a trigram full-text index over the stored search key,
-- kept in step with entities by triggers (SQLite FTS5, external content).
create virtual table entity_search using fts5(
    search_key, content = 'entities', content_rowid = 'id', tokenize = 'trigram');

create trigger entities_search_insert after insert on entities begin
    insert into entity_search (rowid, search_key) values (new.id, new.search_key);
end;

create trigger entities_search_delete after delete on entities begin
    insert into entity_search (entity_search, rowid, search_key) values ('delete', old.id, old.search_key);
end;

create trigger entities_search_update after update of search_key on entities begin
    insert into entity_search (entity_search, rowid, search_key) values ('delete', old.id, old.search_key);
    insert into entity_search (rowid, search_key) values (new.id, new.search_key);
end;

insert into entity_search (entity_search) values ('rebuild');

-- The index hands back clients by id; this covering index gives each one's
-- collation key without visiting the (wide) table row, so ordering a
-- common name's matches stays cheap.
create index entities_id_sort on entities (id, sort_key);

-- The case number series the office numbers new cases from ("2026/" + next).
create table number_series (
    id integer primary key autoincrement,
    name text not null unique,
    prefix text not null default '',
    next_value bigint not null default 1,
    version integer not null default 1
);
insert into number_series (name, prefix, next_value) values ('case', '', 1);
