-- The audit journal (R16): append-only, each entry chained to the one before by its hash.
-- The application only ever inserts here; see docs/ARCHITECTURE.md "Audit" for enforcing that with grants.
create table audit_journal (
    seq                 bigint        primary key,
    recorded_at         timestamp with time zone not null,
    case_id             varchar(64),
    -- the unit the case belonged to when the entry was written: the scope an auditor searches by
    unit_id             varchar(64),
    actor               varchar(64)   not null,
    actor_role          varchar(500),
    action              varchar(40)   not null,
    step                varchar(255),
    outcome             varchar(64),
    deadline            timestamp with time zone,
    details             varchar(100000) not null,
    task_id             varchar(64),
    process_instance_id varchar(64),
    prev_hash           varchar(64)   not null,
    hash                varchar(64)   not null
);
create index audit_journal_case on audit_journal (case_id, seq);
create index audit_journal_actor on audit_journal (actor, recorded_at);
create index audit_journal_time on audit_journal (recorded_at);
create index audit_journal_unit on audit_journal (unit_id, recorded_at);

-- One row: the last entry written. Appenders lock it (select ... for update), so the chain has one writer at a
-- time; verification compares it with the journal's last entry, so cutting entries off the end shows too.
create table audit_journal_head (
    id       int         primary key,
    last_seq bigint      not null,
    last_hash varchar(64) not null
);
insert into audit_journal_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');
