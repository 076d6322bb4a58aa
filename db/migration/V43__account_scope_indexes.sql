-- Accounts found by their scope. Two reads filtered the accounts by scope with nothing to find them by: the choices
-- of 包保 person on every page of a person its viewer may change (a village's and its town's cadres), and the
-- attendees a training session may list (a region's accounts and its organisations'). Each read every account: with
-- a prefecture's 4,000 (a dozen counties in one database) the choices took 1.0 ms, with the load benchmark's province
-- of 21,000 4.5-5.0 ms, and the attendees 12.7 ms, where all the other statements of a person's page take 0.44 ms
-- (docs/performance.md, twentieth session).
create index account_scope_region_idx on account (scope_region_code);
create index account_scope_organisation_idx on account (scope_organisation_id);
