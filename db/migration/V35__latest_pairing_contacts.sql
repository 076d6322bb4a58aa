-- The home page's latest pairing contacts (care.Pairings.recentContacts): the newest contacts first, without sorting
-- every contact of the county on each request (measured: the home page of the county office fell to a quarter).
create index visit_pairing_latest_idx on visit (visit_date desc, id desc) where pairing_id is not null;
