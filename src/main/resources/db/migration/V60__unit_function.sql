-- What each unit does for the branches below it (DOMAIN.md §1): routing walks up from a case's branch to the
-- nearest unit holding the step's function. A grassroots committee authorised to admit (được ủy quyền kết nạp
-- đảng viên) holds ADMISSION_DECISION. Existing units get the functions their kind has by default
-- (vn.mamxanh.organisation.UnitFunction.defaultsFor), so trees loaded before this migration route as before.
create table unit_function (
    unit_id  varchar(64) not null references org_unit (id),
    function_code varchar(40) not null,
    primary key (unit_id, function_code)
);

insert into unit_function (unit_id, function_code) select id, 'CLASSES' from org_unit where kind = 'POLITICAL_CENTRE';
insert into unit_function (unit_id, function_code) select id, 'APPRAISAL' from org_unit where kind = 'ORGANISATION_BOARD';
insert into unit_function (unit_id, function_code) select id, 'ADMISSION_DECISION' from org_unit where kind = 'STANDING_COMMITTEE';
insert into unit_function (unit_id, function_code) select id, 'OVERSIGHT' from org_unit where kind = 'STANDING_COMMITTEE';
insert into unit_function (unit_id, function_code) select id, 'OLDER_CANDIDATE_APPROVAL' from org_unit where kind = 'PROVINCE';
insert into unit_function (unit_id, function_code) select id, 'OVERSIGHT' from org_unit where kind = 'GRASSROOTS';
