-- Search as you type by the beginnings of words: a row for every word of a
-- client's search key (and its forgiving spellings, and pairs of its name's
-- words), kept with the client's collation key, so that the range of the
-- words beginning with what was typed reads its clients in the list's order.
-- Written by the program (data/SearchWords), which fills it for the office's
-- clients when this step runs. The table is its own index (without rowid).
drop trigger if exists entities_search_insert;
drop trigger if exists entities_search_update;
drop trigger if exists entities_search_delete;
drop table if exists entity_search;
drop index if exists entities_id_sort;

create table search_words (
    entity_id bigint not null,
    form integer not null,  -- 0 the word, 1 a forgiving spelling, 2 two words of the name
    word text not null,
    sort_key text not null, -- the client's entities.sort_key
    primary key (form, word, sort_key, entity_id)
) without rowid;
create index search_words_entity on search_words (entity_id, form, word);

-- Typing from the middle of a word (לוי finds הלוי): a trigram index, a row
-- a client (rowid = entities.id), of its words but their first letters.
create virtual table search_tails using fts5(tails, tokenize = 'trigram');
