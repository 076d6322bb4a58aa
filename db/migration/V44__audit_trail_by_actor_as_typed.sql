-- The audit trail searched by who acted. The trail page matches the name as typed, whatever its case
-- (lower(actor_username) = lower(:username)), which audit_event_actor_idx (the exact name) cannot serve: a search for
-- one user's actions walked the whole trail from its newest row to find fifty, and counted every row of the county
-- again for its total (490 ms of the page's rows and 87 ms of its count on the province set's 636,000 rows, growing
-- with every day of the trail: docs/performance.md, twenty-first session). Newest first, as the page lists them.
create index audit_event_actor_lower_idx on audit_event (lower(actor_username), occurred_at desc, id desc);
