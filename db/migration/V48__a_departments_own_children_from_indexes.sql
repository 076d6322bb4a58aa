-- A department's own children (NumberDisclosure#childrenOfOwnCases: the children of every case in its scope, closed
-- ones too), which its roster export is read among. Each arm of a department's case scope (the cases it owns, its
-- line's in the county it oversees, those referred to its line there) is read from an index of its own, the child
-- from the index alone. The open cases' indexes of the inbox do not hold closed cases; without these the export
-- checked its county's whole roster against the cases, 1,000 children a statement (90-115 ms of PostgreSQL's time
-- for a county of the province set, 0.3-0.4 ms an arm from these: docs/performance.md, twenty-third session).
create index case_file_owner_child_idx on case_file (owner_organisation_id) include (child_id);
create index case_file_line_region_child_idx on case_file (owner_department_type, region_code) include (child_id);
create index case_file_referred_child_idx on case_file (region_code) include (child_id, referred_lines)
    where referred_lines is not null;
