-- The audit trail: who read or changed which company, profile or case, and when. One insert per API request,
-- never updated; the region is the subject's home region at the time (null for an id that does not exist).
create table audit_entry (
    id           uuid         primary key,
    occurred_at  timestamp    not null,
    user_id      varchar(100) not null,
    action       varchar(16)  not null,
    subject_type varchar(16)  not null,
    subject_id   uuid         not null,
    region       varchar(32),
    status       integer      not null
);
create index ix_audit_subject on audit_entry (subject_id, occurred_at);
create index ix_audit_user on audit_entry (user_id, occurred_at);
create index ix_audit_time on audit_entry (occurred_at);

-- That a company's personal data was erased, why (a code, never free text), by which user and when.
create table erasure (
    company_id   uuid         primary key references company (id),
    reason       varchar(32)  not null,
    requested_by varchar(100) not null,
    erased_at    timestamp    not null
);

-- The consents an erased company's contacts had given, without the people: what processing rested on.
create table erased_consent (
    id           uuid        primary key,
    company_id   uuid        not null references company (id),
    purpose      varchar(64) not null,
    text_version varchar(32) not null,
    given_at     timestamp   not null,
    erased_at    timestamp   not null
);
create index ix_erased_consent_company on erased_consent (company_id);

-- Set when the company's name, registry id and website were replaced by anonymous values.
alter table company add column erased_at timestamp;
