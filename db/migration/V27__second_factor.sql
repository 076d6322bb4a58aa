-- A second factor (round 2, issue 1/6): a time-based one-time password (RFC 6238) from any authenticator app,
-- required for the administrator, the auditor and the county office (registry.mfa.roles), and ten one-time recovery
-- codes. The shared secret is stored encrypted (AES-GCM, key from REGISTRY_MFA_SECRET_KEY); the recovery codes only
-- as hashes. last_step is the last time step accepted: a code is never accepted twice.
create table account_totp (
    account_id   bigint        primary key references account (id),
    secret       varchar(200)  not null,
    enrolled_at  timestamptz   not null,
    last_step    bigint        not null default 0
);

create table account_recovery_code (
    account_id   bigint        not null references account (id),
    code_hash    varchar(64)   not null,
    used_at      timestamptz,
    primary key (account_id, code_hash)
);
