-- Search as you type by the beginnings of words: a row for every word of a
-- client's search key (and its forgiving spellings, and pairs of its name's
-- words), kept with the client's collation key, so that the range of the
-- words beginning with what was typed reads its clients in the list's order.
-- Written by the program (data/SearchWords), which fills it for the office's
-- clients when this step runs.
drop trigger if exists entities_search_insert;
drop trigger if exists entities_search_update;
drop trigger if exists entities_search_delete;
drop table if exists entity_search;
drop index if exists entities_id_sort;

create table search_words (
    id integer primary key,
    entity_id bigint not null,
    form integer not null,  -- 0 the word, 1 a forgiving spelling, 2 two words of the name
    word text not null,
    sort_key text not null  -- the client's entities.sort_key
);
create index search_words_order on search_words (form, word, sort_key, entity_id);
create index search_words_entity on search_words (entity_id, form, word);

-- Typing from the middle of a word (לוי finds הלוי): a trigram index over
-- each word but its first letter, of words long enough to hold a match.
create virtual table search_word_tails using fts5(tail, content = '', tokenize = 'trigram');

create trigger search_words_tail_insert after insert on search_words
when new.form = 0 and length(new.word) >= 4 begin
    insert into search_word_tails (rowid, tail) values (new.id, substr(new.word, 2));
end;

create trigger search_words_tail_delete after delete on search_words
when old.form = 0 and length(old.word) >= 4 begin
    insert into search_word_tails (search_word_tails, rowid, tail) values ('delete', old.id, substr(old.word, 2));
end;
