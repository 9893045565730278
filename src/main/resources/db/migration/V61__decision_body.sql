-- Which body took a decision (the competent committee of DOMAIN.md §1): a standing committee, or a grassroots
-- committee authorised to admit, whose decision is a vote of the whole committee (kept in committee_vote with
-- purpose ADMISSION_DECISION or RECOGNITION_DECISION). Decisions recorded before this column have no unit.
alter table committee_decision add column unit_id varchar(64) references org_unit (id);
