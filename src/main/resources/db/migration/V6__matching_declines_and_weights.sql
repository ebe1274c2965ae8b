-- Declined proposals that matching learns from, kept in the database so that every node's index sees the same
-- lessons. The candidate's features are those matching saw when the proposal was declined.
create table match_decline (
    id              uuid         primary key,
    company_id      uuid         not null references company (id),
    candidate_id    uuid         not null references company (id),
    reason          varchar(32)  not null,
    country         varchar(2),
    size_class      varchar(16),
    nace_divisions  varchar(1000),
    -- analysed terms of both profiles, which are long texts at most
    matched_terms   varchar,
    declined_at     timestamp    not null
);
create index ix_match_decline_company on match_decline (company_id);
create index ix_match_decline_candidate on match_decline (candidate_id);

-- An explanation lists every criterion with its evidence; each shortlist keeps the weights it was made with (JSON).
alter table proposal alter column explanation set data type varchar;
alter table proposal add column weights varchar(1000);
