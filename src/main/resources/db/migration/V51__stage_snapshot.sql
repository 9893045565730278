-- Cases per stage over time: one row per day, branch and stage, taken by StageSnapshots.
create table stage_snapshot (
    taken_on   date        not null,
    branch_id  varchar(64) not null references org_unit (id),
    stage      varchar(32) not null,
    case_count integer     not null,
    primary key (taken_on, branch_id, stage)
);
