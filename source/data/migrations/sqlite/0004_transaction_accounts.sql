-- Transaction accounts (payment demands), payments and tax documents, and
-- the dated tables they read: VAT rates and allocation-number thresholds.

create table vat_rates (
    id integer primary key autoincrement,
    valid_from text not null unique,
    rate_basis_points integer not null check (rate_basis_points between 0 and 10000)
);
insert into vat_rates (valid_from, rate_basis_points) values ('2015-10-01', 1700), ('2025-01-01', 1800);

create table allocation_thresholds (
    id integer primary key autoincrement,
    valid_from text not null unique,
    amount_agorot bigint not null
);
insert into allocation_thresholds (valid_from, amount_agorot) values
    ('2024-05-05', 2500000), ('2025-01-01', 2000000), ('2026-01-01', 1000000), ('2026-06-01', 500000);

insert into number_series (name, prefix, next_value) values
    ('account', '', 1), ('invoice_receipt', '', 1), ('invoice', '', 1), ('receipt', '', 1);

create table transaction_accounts (
    id integer primary key autoincrement,
    entity_id bigint not null references entities (id),
    number text unique,
    account_date text not null,
    state text not null default 'draft' check (state in ('draft', 'issued', 'paid', 'cancelled')),
    detailed_time integer not null default 1 check (detailed_time in (0, 1)),
    vat_basis_points integer not null default 0,
    subtotal_agorot bigint not null default 0,
    vatable_agorot bigint not null default 0,
    vat_agorot bigint not null default 0,
    total_agorot bigint not null default 0,
    paid_agorot bigint not null default 0,
    created_by bigint references users (id),
    created_at text not null,
    issued_at text,
    cancelled_at text,
    version integer not null default 1
);
create index transaction_accounts_entity on transaction_accounts (entity_id);

alter table charges add column account_id bigint references transaction_accounts (id);
create index charges_account on charges (account_id);

create table tax_documents (
    id integer primary key autoincrement,
    kind text not null check (kind in ('invoice_receipt', 'invoice', 'receipt')),
    number bigint not null,
    entity_id bigint not null references entities (id),
    account_id bigint references transaction_accounts (id),
    issued_on text not null,
    client_name text not null,
    client_address text not null default '',
    amount_before_vat_agorot bigint not null,
    vat_agorot bigint not null,
    total_agorot bigint not null,
    allocation_number text not null default '',
    created_by bigint references users (id),
    created_at text not null,
    unique (kind, number)
);

create table payments (
    id integer primary key autoincrement,
    account_id bigint not null references transaction_accounts (id),
    paid_on text not null,
    amount_agorot bigint not null check (amount_agorot > 0),
    method text not null check (method in ('transfer', 'cheque', 'card', 'cash')),
    cheque_number text not null default '',
    bank text not null default '',
    tax_document_id bigint references tax_documents (id),
    created_by bigint references users (id),
    created_at text not null
);
create index payments_account on payments (account_id);
