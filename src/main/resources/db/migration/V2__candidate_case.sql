-- One row per candidate's case (hồ sơ phát triển đảng viên); the process instances carry its id as business key.
create table candidate_case (
    id                    varchar(32)  primary key,
    full_name             varchar(255) not null,
    date_of_birth         date         not null,
    gender                varchar(8)   not null,
    id_number             varchar(12)  not null,
    ethnicity             varchar(64),
    religion              varchar(64),
    education_level       varchar(32)  not null,
    occupation            varchar(255),
    residence_address     varchar(500),
    branch_id             varchar(64)  not null references org_unit (id),
    introduced_by_unit_id varchar(64)  references org_unit (id),
    introduced_by         varchar(64),
    youth_union_member    boolean      not null default false,
    stage                 varchar(32)  not null,
    status                varchar(16)  not null,
    overdue               boolean      not null default false,
    end_reason            varchar(1000),
    ended_by              varchar(64),
    ended_at              timestamp,
    created_at            timestamp    not null
);
create index candidate_case_branch on candidate_case (branch_id);
create index candidate_case_stage on candidate_case (stage, status);
create index candidate_case_id_number on candidate_case (id_number);

create sequence candidate_case_seq start with 1;
