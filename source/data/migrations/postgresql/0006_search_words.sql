-- Search as you type by the beginnings of words: a row for every word of a
-- client's search key (and its forgiving spellings, and pairs of its name's
-- words), kept with the client's collation key, so that the range of the
-- words beginning with what was typed reads its clients in the list's order.
-- Written by the program (data/SearchWords), which fills it for the office's
-- clients when this step runs. Byte order ("C") whatever the database's
-- collation: a range of beginnings is a range of bytes.
drop index if exists entities_search_trgm;

create table search_words (
    entity_id bigint not null,
    form smallint not null,  -- 0 the word, 1 a forgiving spelling, 2 two words of the name
    word text collate "C" not null,
    sort_key text collate "C" not null  -- the client's entities.sort_key
);
create index search_words_order on search_words (form, word, sort_key, entity_id);
create index search_words_entity on search_words (entity_id, form, word);

-- Typing from the middle of a word (לוי finds הלוי): a trigram index over
-- each word but its first letter, of words long enough to hold a match.
create index search_words_tails on search_words using gin (substr(word, 2) public.gin_trgm_ops)
    where form = 0 and length(word) >= 4;
