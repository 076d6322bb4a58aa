-- Double submits (issue 7/7): every POST form carries a one-time token. The first request with a token records
-- it here and, when it redirects, where to; a second request with the same token is not processed again but
-- sent where the first went. Rows older than a day are deleted by a nightly job.
create table form_submission (
    token             varchar(36)   primary key,
    submitted_at      timestamptz   not null default now(),
    outcome_location  varchar(1000)
);
create index form_submission_time_idx on form_submission (submitted_at);
