-- The party organisation tree (DOMAIN.md §1) and who holds which role where.
create table org_unit (
    id                     varchar(64)  primary key,
    kind                   varchar(32)  not null,
    mass_organisation_type varchar(32),
    name                   varchar(255) not null,
    parent_id              varchar(64)  references org_unit (id),
    -- R02: units in mountainous / ethnic-minority areas may admit candidates below lower secondary education.
    mountainous            boolean      not null default false,
    closed_on              date
);
create index org_unit_parent on org_unit (parent_id);

-- Every person is also a Camunda user with the same id.
create table person (
    id           varchar(64)  primary key,
    full_name    varchar(255) not null,
    email        varchar(255),
    -- the branch the person is a party member of, if any
    branch_id    varchar(64)  references org_unit (id),
    membership   varchar(16)  not null,
    member_since date
);
create index person_branch on person (branch_id);

-- Each (unit, role) pair is mirrored as the Camunda group "<unit id>.<role code>".
create table role_assignment (
    person_id varchar(64) not null references person (id),
    unit_id   varchar(64) not null references org_unit (id),
    role      varchar(40) not null,
    primary key (person_id, unit_id, role)
);
create index role_assignment_unit on role_assignment (unit_id);
